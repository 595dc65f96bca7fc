import path from "node:path";
import sharp from "sharp";

/**
 * The fonts share cards are drawn with. They ship in the repository (lib/og/fonts, SIL OFL 1.1, see OFL.txt),
 * so nothing is downloaded at build or run time and every machine draws the same card: Noto Sans for Latin and
 * Cyrillic, Noto Sans Arabic for Persian and Arabic. Pango (inside sharp's libvips) picks per character from the
 * family list, shapes with HarfBuzz and orders right-to-left runs with the Unicode bidi algorithm.
 */
export const OG_FONT_FILES = ["NotoSans-Bold.ttf", "NotoSansArabic-Bold.ttf"] as const;

/** A Pango family list: the first that has a character draws it. */
export const OG_FONT_FAMILIES = "Noto Sans, Noto Sans Arabic";

let registered: Promise<void> | null = null;

/**
 * Adds the shipped font files to this process's fontconfig once. libvips registers a `fontfile` for the rest of the
 * process, so later renders can name the families without a file.
 */
export function registerOgFonts(): Promise<void> {
  registered ??= (async () => {
    for (const file of OG_FONT_FILES) {
      // A path scoped to the fonts folder, so the build's file tracing ships these files and nothing else.
      const fontfile = path.join(process.cwd(), "lib", "og", "fonts", file);
      await sharp({ text: { text: ".", fontfile, font: "Noto Sans 8" } }).png().toBuffer();
    }
  })().catch((err) => {
    registered = null;
    throw err;
  });
  return registered;
}

import sharp, { type OverlayOptions } from "sharp";
import type { Direction } from "../site";
import { OG_FONT_FAMILIES, registerOgFonts } from "./fonts";
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH } from "./paths";

/**
 * The generated share card (1200×630, the size Open Graph and X's large card expect): the blog's or site's name,
 * the headline as large as fits, and the site's name at the foot, on the brand colour. Text is drawn by sharp's
 * libvips with Pango, which shapes Persian and Arabic and lays out right-to-left lines; a right-to-left card is
 * mirrored, everything flush with the right edge.
 */
export const OG_WIDTH = SHARE_IMAGE_WIDTH;
export const OG_HEIGHT = SHARE_IMAGE_HEIGHT;

const MARGIN = 64;
const TEXT_WIDTH = OG_WIDTH - 2 * MARGIN;
const HEADLINE_TOP = 150;
const HEADLINE_MAX_HEIGHT = 360;
/** Tried largest first; the first size whose lines fit the box wins. */
const HEADLINE_SIZES = [72, 64, 56, 50, 44, 38, 34];

const colours = { background: "#0b3a63", accent: "#b3141b", headline: "#ffffff", label: "#ffd27a", footer: "#c9d6e4" };

export type CardInput = { headline: string; label: string; footer: string; dir: Direction };

/** Pango reads markup: the text is escaped, and control characters (which could end it early) dropped. */
export function pangoEscape(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

export type TextLayer = { png: Buffer; width: number; height: number };

/** One block of text as a transparent PNG no wider than `width`, lines wrapped at words. Null for blank text. */
export async function renderTextLayer(
  text: string,
  { size, colour, width = TEXT_WIDTH, dir = "ltr" }: { size: number; colour: string; width?: number; dir?: Direction },
): Promise<TextLayer | null> {
  const clean = text.replace(/\s+/g, " ").trim();
  if (!clean) return null;
  await registerOgFonts();
  // Pango takes a paragraph's direction from its first strong character; a leading mark sets the card's instead,
  // so a Persian headline that opens with a Latin word still reads right to left.
  const mark = dir === "rtl" ? "\u200f" : "\u200e";
  const { data, info } = await sharp({
    text: {
      text: `<span foreground="${colour}">${mark}${pangoEscape(clean)}</span>`,
      font: `${OG_FONT_FAMILIES} Bold ${size}`,
      width,
      // 72 dpi: one point is one pixel, so `size` is the font size in pixels.
      dpi: 72,
      rgba: true,
      // At spaces, and inside a word only when it is wider than a line (a long URL, a run of unbreakable text).
      wrap: "word-char",
    },
  })
    .png()
    .toBuffer({ resolveWithObject: true });
  if (info.width <= width) return { png: data, width: info.width, height: info.height };
  // Never wider than the box, whatever Pango made of it: a layer larger than the card cannot be composited.
  const png = await sharp(data).extract({ left: 0, top: 0, width, height: info.height }).png().toBuffer();
  return { png, width, height: info.height };
}

/** The headline at the largest size that fits the box; the smallest size is cut at the box if even it does not fit. */
async function headlineLayer(headline: string, dir: Direction): Promise<TextLayer | null> {
  for (const size of HEADLINE_SIZES) {
    const layer = await renderTextLayer(headline, { size, colour: colours.headline, dir });
    if (!layer || layer.height <= HEADLINE_MAX_HEIGHT) return layer;
    if (size === HEADLINE_SIZES[HEADLINE_SIZES.length - 1]) {
      const png = await sharp(layer.png).extract({ left: 0, top: 0, width: layer.width, height: HEADLINE_MAX_HEIGHT }).png().toBuffer();
      return { png, width: layer.width, height: HEADLINE_MAX_HEIGHT };
    }
  }
  return null;
}

function solid(width: number, height: number, colour: string): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 4, background: colour } }).png().toBuffer();
}

/** Labels longer than a line are shortened at a word, with an ellipsis. */
function oneLine(text: string, max = 60): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if ([...clean].length <= max) return clean;
  const cut = [...clean].slice(0, max).join("");
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2)).trim()}…`;
}

/** The card as a PNG. */
export async function renderCard({ headline, label, footer, dir }: CardInput): Promise<Buffer> {
  const [labelLayer, headLayer, footLayer, bar, rule] = await Promise.all([
    renderTextLayer(oneLine(label), { size: 34, colour: colours.label, dir }),
    headlineLayer(headline, dir),
    renderTextLayer(oneLine(footer), { size: 30, colour: colours.footer, dir }),
    solid(OG_WIDTH, 14, colours.accent),
    solid(TEXT_WIDTH, 2, colours.footer),
  ]);
  // Flush left, or flush right on a right-to-left card.
  const x = (w: number) => (dir === "rtl" ? OG_WIDTH - MARGIN - w : MARGIN);
  const layers: OverlayOptions[] = [
    { input: bar, left: 0, top: 0 },
    { input: rule, left: MARGIN, top: OG_HEIGHT - 118 },
  ];
  if (labelLayer) layers.push({ input: labelLayer.png, left: x(labelLayer.width), top: 64 });
  if (headLayer) layers.push({ input: headLayer.png, left: x(headLayer.width), top: HEADLINE_TOP });
  if (footLayer) layers.push({ input: footLayer.png, left: x(footLayer.width), top: OG_HEIGHT - 96 });
  return sharp({ create: { width: OG_WIDTH, height: OG_HEIGHT, channels: 3, background: colours.background } })
    .composite(layers)
    .png({ compressionLevel: 9 })
    .toBuffer();
}

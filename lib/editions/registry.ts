import { z } from "zod";

/**
 * The language editions (issue 13): each a site of its own, in its own language and direction. Data, not code:
 * adding an edition is one entry here (and its strings file under lib/i18n/strings/). Checked when the module
 * loads, so a malformed entry stops the server at start, not on a reader's request.
 *
 * `languages` also lists languages an article may be written in without an edition of its own (Arabic,
 * Ukrainian): their direction and date locale, so such a story still reads right inside another edition.
 */
const direction = z.enum(["ltr", "rtl"]);

const language = z.object({
  /** BCP 47 language code, as in <html lang>. */
  lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/),
  dir: direction,
  /** BCP 47 locale for dates and numbers, calendar and digits included (Unicode -u-ca- and -nu- keys). */
  locale: z.string().min(2),
  /** The language's name in itself, as an edition switcher shows it. */
  label: z.string().min(1),
});

const edition = language.extend({
  /** The edition's path prefix ("" for the default edition at /, else its code: /fa, /ru). */
  code: z.string().regex(/^[a-z]{2,3}$/),
  isDefault: z.boolean(),
  siteName: z.string().min(1),
  shortName: z.string().min(1),
  tagline: z.string().min(1),
});

export type LanguageInfo = z.infer<typeof language>;
export type EditionInfo = z.infer<typeof edition>;

const registry = z
  .object({ editions: z.array(edition).min(1), languages: z.array(language) })
  .superRefine(({ editions, languages }, ctx) => {
    if (editions.filter((e) => e.isDefault).length !== 1) ctx.addIssue({ code: "custom", path: ["editions"], message: "exactly one edition must be the default" });
    const codes = editions.map((e) => e.code);
    if (new Set(codes).size !== codes.length) ctx.addIssue({ code: "custom", path: ["editions"], message: "edition codes must be unique" });
    for (const l of languages) {
      if (editions.some((e) => e.lang === l.lang)) ctx.addIssue({ code: "custom", path: ["languages"], message: `${l.lang} is an edition's language: list it once, as the edition` });
    }
  })
  .parse({
    editions: [
      {
        code: "en",
        isDefault: true,
        lang: "en",
        dir: "ltr",
        locale: "en-GB",
        label: "English",
        siteName: "The Meridian Dispatch",
        shortName: "Dispatch",
        tagline: "Independent reporting from the Meridian Bureau",
      },
      {
        code: "ru",
        isDefault: false,
        lang: "ru",
        dir: "ltr",
        locale: "ru-RU",
        label: "Русский",
        siteName: "Меридиан Диспетч",
        shortName: "Диспетч",
        tagline: "Независимая журналистика бюро «Меридиан»",
      },
      {
        code: "fa",
        isDefault: false,
        lang: "fa",
        dir: "rtl",
        // Solar Hijri calendar with Persian digits, spelled out rather than left to ICU's defaults for fa-IR.
        locale: "fa-IR-u-ca-persian-nu-arabext",
        label: "فارسی",
        siteName: "مریدین دیسپچ",
        shortName: "دیسپچ",
        tagline: "گزارش مستقل از دفتر مریدین",
      },
    ],
    languages: [
      { lang: "ar", dir: "rtl", locale: "ar", label: "العربية" },
      { lang: "uk", dir: "ltr", locale: "uk-UA", label: "Українська" },
    ],
  });

export const editionList: readonly EditionInfo[] = registry.editions;
export const defaultEdition: EditionInfo = registry.editions.find((e) => e.isDefault)!;
/** Every language the site knows how to show: the editions' first, then the others. */
export const knownLanguages: readonly LanguageInfo[] = [...registry.editions, ...registry.languages];

/** The edition with this code, or undefined (an unknown code in a URL is the default edition's 404). */
export function editionByCode(code: string): EditionInfo | undefined {
  return registry.editions.find((e) => e.code === code);
}

/**
 * Which articles an edition holds (decision 029: an article's edition follows its language): an edition's own
 * language, or, for the default edition, every language that is not another edition's (Arabic and Ukrainian
 * stories sit in the default edition).
 */
export function editionLanguages(code: string): { only: string } | { except: string[] } {
  const e = editionByCode(code);
  if (!e) throw new Error(`No edition has the code ${JSON.stringify(code)}`);
  return e.isDefault ? { except: registry.editions.filter((o) => !o.isDefault).map((o) => o.lang) } : { only: e.lang };
}

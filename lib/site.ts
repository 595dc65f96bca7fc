import { config } from "./config";

/**
 * One site configuration: the newsroom's name, its language editions and the UI strings each needs.
 * Language and direction are data: components read them from here and never hard-code English or LTR.
 */
export type Direction = "ltr" | "rtl";

export type Edition = {
  lang: string;
  dir: Direction;
  /** BCP 47 locale used for dates. */
  locale: string;
  label: string;
};

export const editions: Record<string, Edition> = {
  en: { lang: "en", dir: "ltr", locale: "en-GB", label: "English" },
  ru: { lang: "ru", dir: "ltr", locale: "ru-RU", label: "Русский" },
  fa: { lang: "fa", dir: "rtl", locale: "fa-IR", label: "فارسی" },
  ar: { lang: "ar", dir: "rtl", locale: "ar", label: "العربية" },
  uk: { lang: "uk", dir: "ltr", locale: "uk-UA", label: "Українська" },
};

export const defaultLanguage = "en";

export function edition(lang: string): Edition {
  return editions[lang] ?? { lang, dir: "ltr", locale: lang, label: lang };
}

/**
 * lang and dir for an element in language `own` inside one in `around`: only those that differ, so the rest
 * inherit them. Absent rather than undefined, since an undefined prop is still sent in the RSC payload.
 */
export function langAttrs(own: Edition, around: Edition): { lang?: string; dir?: Direction } {
  return { ...(own.lang === around.lang ? {} : { lang: own.lang }), ...(own.dir === around.dir ? {} : { dir: own.dir }) };
}

export const site = {
  name: "The Meridian Dispatch",
  shortName: "Dispatch",
  tagline: "Independent reporting from the Meridian Bureau",
  /** Blogs named in the main navigation; with more, the last link goes to the list of every blog. A newsroom with
   * dozens of blogs would otherwise send each one's link in every page and push the story down on a phone. */
  navBlogs: 6,
  /** Posts per page on blog, author and tag listings. */
  pageSize: 12,
  /** Seconds a cached reader page may be served before a background refresh; tags refresh it sooner. */
  revalidateSeconds: 300,
} as const;

export function siteUrl(path = "/"): string {
  return `${config().siteUrl}${path.startsWith("/") ? path : `/${path}`}`;
}

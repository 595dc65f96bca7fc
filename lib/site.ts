import { config } from "./config";
import { defaultEdition, knownLanguages, type LanguageInfo } from "./editions/registry";

/**
 * One site configuration: the newsroom's name, its language editions and the UI strings each needs.
 * Language and direction are data: components read them from here and never hard-code English or LTR.
 */
export type Direction = LanguageInfo["dir"];

/** A language as pages show it: lang, dir, the locale for dates (calendar and digits included), its own name. */
export type Edition = LanguageInfo;

/** Every language the site can show (lib/editions/registry.ts): the editions' and the others an article may use. */
export const editions: Record<string, Edition> = Object.fromEntries(
  knownLanguages.map(({ lang, dir, locale, label }) => [lang, { lang, dir, locale, label }]),
);

export const defaultLanguage = defaultEdition.lang;

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
  name: defaultEdition.siteName,
  shortName: defaultEdition.shortName,
  tagline: defaultEdition.tagline,
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

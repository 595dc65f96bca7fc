import { xmlText } from "../feeds/build";

/**
 * Sitemap XML (sitemaps.org 0.9 and Google News 0.9), written by hand: the formats are a few flat elements, and a
 * library would only add a dependency. Every value goes through `xml()`, which drops characters XML 1.0 forbids
 * and escapes the five special ones, so a headline like `Q&A: "<3" & 'more'` stays one well-formed text node.
 * Pure: callers pass absolute URLs of published articles only.
 */
export const sitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
export const newsNs = "http://www.google.com/schemas/sitemap-news/0.9";
export const xhtmlNs = "http://www.w3.org/1999/xhtml";

/** The most URLs one sitemap file may hold (sitemaps.org); a month with more is split into numbered parts. */
export const maxUrlsPerSitemap = 50_000;
/** Google News reads at most 1,000 URLs per news sitemap. */
export const maxNewsUrls = 1_000;
/** A news sitemap lists articles published within this window (Google News ignores older ones). */
export const newsWindowHours = 48;

/** `alternates`: hreflang → absolute URL of the page's versions in other languages (xhtml:link). */
export type SitemapEntry = { loc: string; lastmod?: string; alternates?: Record<string, string> };
export type NewsEntry = { loc: string; title: string; language: string; publishedAt: string };
export type Publication = { name: string };

const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Text or attribute content for XML: forbidden characters removed, the five special ones escaped. */
export function xml(s: string): string {
  return xmlText(s).replace(/[&<>"']/g, (c) => entities[c]);
}

const head = '<?xml version="1.0" encoding="UTF-8"?>\n';

function element(name: string, value: string | undefined): string {
  return value === undefined ? "" : `<${name}>${xml(value)}</${name}>`;
}

/** The index at /sitemap.xml: one <sitemap> per child sitemap. */
export function sitemapIndexXml(sitemaps: SitemapEntry[]): string {
  const body = sitemaps.map((s) => `  <sitemap>${element("loc", s.loc)}${element("lastmod", s.lastmod)}</sitemap>\n`).join("");
  return `${head}<sitemapindex xmlns="${sitemapNs}">\n${body}</sitemapindex>\n`;
}

/** A plain sitemap (a month of articles, the section pages). */
export function urlsetXml(urls: SitemapEntry[]): string {
  const links = (u: SitemapEntry) =>
    Object.entries(u.alternates ?? {})
      .map(([lang, href]) => `<xhtml:link rel="alternate" hreflang="${xml(lang)}" href="${xml(href)}"/>`)
      .join("");
  const body = urls.map((u) => `  <url>${element("loc", u.loc)}${element("lastmod", u.lastmod)}${links(u)}</url>\n`).join("");
  const ns = urls.some((u) => u.alternates) ? ` xmlns:xhtml="${xhtmlNs}"` : "";
  return `${head}<urlset xmlns="${sitemapNs}"${ns}>\n${body}</urlset>\n`;
}

/**
 * A Google News sitemap: per article the publication's name and the article's language, its publication date
 * and headline. One publication per sitemap: each edition has its own news sitemap, under its own name (Google
 * News keys a publication by name and language). The language is the article's own (ISO 639, as Google wants).
 */
export function newsSitemapXml(items: NewsEntry[], publication: Publication): string {
  const body = items
    .map(
      (i) =>
        `  <url>${element("loc", i.loc)}<news:news><news:publication>${element("news:name", publication.name)}` +
        `${element("news:language", i.language)}</news:publication>${element("news:publication_date", i.publishedAt)}` +
        `${element("news:title", i.title)}</news:news></url>\n`,
    )
    .join("");
  return `${head}<urlset xmlns="${sitemapNs}" xmlns:news="${newsNs}">\n${body}</urlset>\n`;
}

/** Articles published in one calendar month (UTC), as the sitemap index counts them. */
export type MonthCount = { month: string; count: number; lastModified: string };

/** One article sitemap file: a month, or one part of a month that holds more than `cap` articles. */
export type MonthPart = { month: string; part: number; offset: number; limit: number; lastModified: string };

/**
 * Splits months into sitemap files of at most `cap` URLs. Part 1 of a month keeps the month's plain name, so a
 * month's sitemap URL never changes when it grows past the cap; the parts after it are numbered from 2.
 */
export function monthParts(months: MonthCount[], cap = maxUrlsPerSitemap): MonthPart[] {
  if (!Number.isInteger(cap) || cap < 1) throw new Error(`A sitemap cap must be a positive integer, not ${cap}`);
  return months.flatMap((m) =>
    Array.from({ length: Math.ceil(m.count / cap) }, (_, i) => ({
      month: m.month,
      part: i + 1,
      offset: i * cap,
      limit: cap,
      lastModified: m.lastModified,
    })),
  );
}

/** A month's sitemap (part) file name: 2026-11.xml, then 2026-11-2.xml, 2026-11-3.xml… (in an edition's articles/ folder). */
export function monthSitemapFile(month: string, part = 1): string {
  return `${month}${part > 1 ? `-${part}` : ""}.xml`;
}

/**
 * The month and part named by a sitemap file name, or null for anything else (the route answers 404). "-1" is
 * refused: part 1 has one name only.
 */
export function parseMonthSitemapFile(file: string): { month: string; part: number } | null {
  const m = /^(\d{4}-(?:0[1-9]|1[0-2]))(?:-([2-9]|[1-9]\d{1,3}))?\.xml$/.exec(file);
  return m ? { month: m[1], part: m[2] ? Number(m[2]) : 1 } : null;
}

/** The UTC instants that bound a month ("2026-11" → 2026-11-01T00:00:00.000Z up to, not including, 2026-12-01). */
export function monthRange(month: string): { from: string; to: string } {
  const [y, m] = month.split("-").map(Number);
  return { from: new Date(Date.UTC(y, m - 1, 1)).toISOString(), to: new Date(Date.UTC(y, m, 1)).toISOString() };
}

import type { Db } from "../db/connection";
import { articleMonths, articlesInMonth, recentArticles, sectionPages } from "./sitemap-queries";
import {
  maxUrlsPerSitemap,
  monthParts,
  monthSitemapFile,
  newsSitemapXml,
  parseMonthSitemapFile,
  sitemapIndexXml,
  urlsetXml,
  type SitemapEntry,
} from "./sitemap-xml";
import { absoluteUrl, articlePath } from "../urls";
import { translationGroups } from "../content/translations";
import { languageAlternates } from "./alternates";
import { editionByCode, editionList, type EditionInfo } from "../editions/registry";

/**
 * The sitemaps as XML, from the database: queries (sitemap-queries.ts) joined to the XML writers (sitemap-xml.ts).
 * No Next.js here, so tests run them against a real SQLite file; sitemap.next.ts caches them for the routes.
 * `siteUrl` is the public origin (siteUrl("") from lib/site.ts); `cap` is the most URLs per month file.
 *
 * Each edition has its own set (decision 029, "Sitemaps"): pages, news and one file per month, holding only that
 * edition's articles and pages. The default edition's set is where the one set was before editions; every other
 * edition's is in a folder named by its code. One index, /sitemap.xml, lists every edition's files:
 *
 *   /sitemaps/pages.xml      /sitemaps/news.xml      /sitemaps/articles/2026-11.xml      (the default edition)
 *   /sitemaps/fa/pages.xml   /sitemaps/fa/news.xml   /sitemaps/fa/articles/2026-11.xml   (Persian, and so on)
 *
 * Every function takes an edition's code and answers null for a code no edition has (the route's 404).
 */
export type SitemapOptions = { siteUrl: string; now?: Date; cap?: number };

export const sitemapIndexPath = "/sitemap.xml";

function editionOrThrow(code: string): EditionInfo {
  const e = editionByCode(code);
  if (!e) throw new Error(`No edition has the code ${JSON.stringify(code)}`);
  return e;
}

/** The folder of an edition's sitemaps: /sitemaps for the default edition, /sitemaps/<code> for the others. */
export function sitemapFolder(edition: string): string {
  const e = editionOrThrow(edition);
  return e.isDefault ? "/sitemaps" : `/sitemaps/${e.code}`;
}

export const pagesSitemapPath = (edition: string) => `${sitemapFolder(edition)}/pages.xml`;
export const newsSitemapPath = (edition: string) => `${sitemapFolder(edition)}/news.xml`;
/** A month's sitemap (part): /sitemaps/articles/2026-11.xml, 2026-11-2.xml…; /sitemaps/fa/articles/2026-11.xml. */
export const monthSitemapPath = (edition: string, month: string, part = 1) => `${sitemapFolder(edition)}/articles/${monthSitemapFile(month, part)}`;

/**
 * The edition whose sitemaps a /sitemaps/<folder>/ holds: an edition other than the default, by its code. The
 * default edition's code names no folder (its files are at /sitemaps/…, one address each), so it is undefined too.
 */
export function editionOfSitemapFolder(folder: string): EditionInfo | undefined {
  const e = editionByCode(folder);
  return e && !e.isDefault ? e : undefined;
}

const newest = (xs: (string | undefined)[]) => xs.filter((x): x is string => !!x).sort().at(-1);

/** One edition's entries in the index: its pages, its news, then each month it has articles in, newest first. */
async function editionEntries(db: Db, code: string, { siteUrl, now = new Date(), cap = maxUrlsPerSitemap }: SitemapOptions): Promise<SitemapEntry[]> {
  const scope = { now, edition: code };
  const [months, news, pages] = await Promise.all([articleMonths(db, scope), recentArticles(db, scope), sectionPages(db, scope)]);
  return [
    { loc: absoluteUrl(siteUrl, pagesSitemapPath(code)), lastmod: newest(pages.map((p) => p.lastModified)) },
    { loc: absoluteUrl(siteUrl, newsSitemapPath(code)), lastmod: newest(news.map((n) => n.publishedAt)) },
    ...monthParts(months, cap).map((p) => ({ loc: absoluteUrl(siteUrl, monthSitemapPath(code, p.month, p.part)), lastmod: p.lastModified })),
  ];
}

/** /sitemap.xml: every edition's sitemaps, the default edition's first, then the others in the registry's order. */
export async function sitemapIndex(db: Db, options: SitemapOptions): Promise<string> {
  const sets = await Promise.all(editionList.map((e) => editionEntries(db, e.code, options)));
  return sitemapIndexXml(sets.flat());
}

/**
 * One month's (part's) articles of an edition by file name ("2026-11.xml", "2026-11-2.xml"), or null when there is
 * no such file: an unknown edition, a name that is not a month, or a month without that edition's articles.
 */
export async function monthSitemap(db: Db, edition: string, file: string, { siteUrl, now = new Date(), cap = maxUrlsPerSitemap }: SitemapOptions): Promise<string | null> {
  const wanted = parseMonthSitemapFile(file);
  if (!wanted || !editionByCode(edition)) return null;
  const scope = { now, edition };
  const months = await articleMonths(db, scope);
  const part = monthParts(months.filter((m) => m.month === wanted.month), cap).find((p) => p.part === wanted.part);
  if (!part) return null;
  const articles = await articlesInMonth(db, part.month, { offset: part.offset, limit: part.limit }, scope);
  // Each article's published versions in other editions, as xhtml:link alternates (the page's hreflang set).
  const versions = await translationGroups(db, articles.map((a) => a.id), { publishedOnly: true, now });
  return urlsetXml(
    articles.map((a) => ({
      loc: absoluteUrl(siteUrl, articlePath(a.slug, a.language)),
      lastmod: a.lastModified,
      alternates: languageAlternates(a, versions.get(a.id) ?? [], siteUrl),
    })),
  );
}

/** An edition's articles of the last 48 hours in Google News's format, published under the edition's name; null for an unknown edition. */
export async function newsSitemap(db: Db, edition: string, { siteUrl, now = new Date() }: SitemapOptions): Promise<string | null> {
  const e = editionByCode(edition);
  if (!e) return null;
  const items = await recentArticles(db, { now, edition: e.code });
  return newsSitemapXml(
    items.map((a) => ({ loc: absoluteUrl(siteUrl, articlePath(a.slug, a.language)), title: a.title, language: a.language, publishedAt: a.publishedAt })),
    { name: e.siteName },
  );
}

/** An edition's home, news, blogs index, its blogs, authors and topics; null for an unknown edition. */
export async function pagesSitemap(db: Db, edition: string, { siteUrl, now = new Date() }: SitemapOptions): Promise<string | null> {
  if (!editionByCode(edition)) return null;
  const pages = await sectionPages(db, { now, edition });
  return urlsetXml(pages.map((p) => ({ loc: absoluteUrl(siteUrl, p.path), lastmod: p.lastModified })));
}

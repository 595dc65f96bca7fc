import type { Db } from "../db/connection";
import { site } from "../site";
import { articleMonths, articlesInMonth, recentArticles, sectionPages } from "./sitemap-queries";
import {
  maxUrlsPerSitemap,
  monthParts,
  monthSitemapPath,
  newsSitemapXml,
  parseMonthSitemapFile,
  sitemapIndexXml,
  urlsetXml,
  type SitemapEntry,
} from "./sitemap-xml";
import { absoluteUrl, articlePath } from "../urls";
import { translationGroups } from "../content/translations";
import { languageAlternates } from "./alternates";
import { editionOfLanguage } from "../editions/paths";

/**
 * The sitemaps as XML, from the database: queries (sitemap-queries.ts) joined to the XML writers (sitemap-xml.ts).
 * No Next.js here, so tests run them against a real SQLite file; sitemap.next.ts caches them for the routes.
 * `siteUrl` is the public origin (siteUrl("") from lib/site.ts); `cap` is the most URLs per month file.
 */
export type SitemapOptions = { siteUrl: string; now?: Date; cap?: number };

export const newsSitemapPath = "/sitemaps/news.xml";
export const pagesSitemapPath = "/sitemaps/pages.xml";
export const sitemapIndexPath = "/sitemap.xml";

/** /sitemap.xml: the section pages, the news sitemap, then every month's articles, newest month first. */
export async function sitemapIndex(db: Db, { siteUrl, now = new Date(), cap = maxUrlsPerSitemap }: SitemapOptions): Promise<string> {
  const [months, news, pages] = await Promise.all([articleMonths(db, { now }), recentArticles(db, { now }), sectionPages(db, { now })]);
  const newest = (xs: (string | undefined)[]) => xs.filter((x): x is string => !!x).sort().at(-1);
  const entries: SitemapEntry[] = [
    { loc: absoluteUrl(siteUrl, pagesSitemapPath), lastmod: newest(pages.map((p) => p.lastModified)) },
    { loc: absoluteUrl(siteUrl, newsSitemapPath), lastmod: newest(news.map((n) => n.publishedAt)) },
    ...monthParts(months, cap).map((p) => ({ loc: absoluteUrl(siteUrl, monthSitemapPath(p.month, p.part)), lastmod: p.lastModified })),
  ];
  return sitemapIndexXml(entries);
}

/** One month's (part's) articles by file name ("2026-11.xml", "2026-11-2.xml"), or null when there is no such file. */
export async function monthSitemap(db: Db, file: string, { siteUrl, now = new Date(), cap = maxUrlsPerSitemap }: SitemapOptions): Promise<string | null> {
  const wanted = parseMonthSitemapFile(file);
  if (!wanted) return null;
  const months = await articleMonths(db, { now });
  const part = monthParts(months.filter((m) => m.month === wanted.month), cap).find((p) => p.part === wanted.part);
  if (!part) return null;
  const articles = await articlesInMonth(db, part.month, { offset: part.offset, limit: part.limit }, { now });
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

/** Articles of the last 48 hours, in Google News's format. */
export async function newsSitemap(db: Db, { siteUrl, now = new Date() }: SitemapOptions): Promise<string> {
  const items = await recentArticles(db, { now });
  return newsSitemapXml(
    items.map((a) => ({
      loc: absoluteUrl(siteUrl, articlePath(a.slug, a.language)),
      title: a.title,
      language: a.language,
      publishedAt: a.publishedAt,
      // Each edition is its own publication (Google News keys a publication by name and language).
      publication: editionOfLanguage(a.language).siteName,
    })),
    { name: site.name },
  );
}

/** Home, /news, /blogs, each blog, author and topic. */
export async function pagesSitemap(db: Db, { siteUrl, now = new Date() }: SitemapOptions): Promise<string> {
  const pages = await sectionPages(db, { now });
  return urlsetXml(pages.map((p) => ({ loc: absoluteUrl(siteUrl, p.path), lastmod: p.lastModified })));
}

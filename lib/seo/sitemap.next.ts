import "server-only";
import { unstable_cache } from "next/cache";
import { cacheTags } from "../content/cache-tags";
import { db } from "../db/connection";
import { defaultEdition } from "../editions/registry";
import { site, siteUrl } from "../site";
import { editionOfSitemapFolder, monthSitemap, newsSitemap, pagesSitemap, sitemapIndex, sitemapIndexPath } from "./sitemaps";

/**
 * The sitemap routes' work (app/sitemap.xml, app/sitemaps/): XML from lib/seo/sitemaps.ts kept in Next's data
 * cache under the `articles` tag, so a publish, an edit or an unpublish refreshes every edition's sitemaps at once;
 * the time-based revalidation moves the news sitemaps' 48-hour window along.
 *
 * `folder` is the [edition] segment of app/sitemaps/[edition]/…, or undefined for the default edition's files at
 * /sitemaps/…; a folder that is not another edition's code (the default's own code included) is a 404.
 */
const revalidate = site.revalidateSeconds;
const tags = [cacheTags.articles];
const origin = () => siteUrl("");

const readIndex = () => unstable_cache(() => sitemapIndex(db(), { siteUrl: origin() }), ["sitemap-index", origin()], { tags, revalidate })();
const readMonth = (edition: string, file: string) =>
  unstable_cache(() => monthSitemap(db(), edition, file, { siteUrl: origin() }), ["sitemap-month", edition, file, origin()], { tags, revalidate })();
const readNews = (edition: string) =>
  unstable_cache(() => newsSitemap(db(), edition, { siteUrl: origin() }), ["sitemap-news", edition, origin()], { tags, revalidate })();
const readPages = (edition: string) =>
  unstable_cache(() => pagesSitemap(db(), edition, { siteUrl: origin() }), ["sitemap-pages", edition, origin()], { tags, revalidate })();

/** Shared caches may keep a sitemap as long as the server does; crawlers re-read them on their own schedule. */
const headers = {
  "Content-Type": "application/xml; charset=utf-8",
  "Cache-Control": `public, max-age=${revalidate}, stale-while-revalidate=${revalidate * 12}`,
};

const xmlResponse = (xml: string) => new Response(xml, { headers });

/** A plain 404 naming the index, for a sitemap that does not exist. */
function noSuchSitemap(path: string): Response {
  return new Response(`There is no sitemap "${path.slice(0, 80)}". The list of sitemaps is at ${siteUrl(sitemapIndexPath)}\n`, {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}

/** The edition of a sitemap folder: the default edition without one, else another edition's code, else undefined. */
const editionOf = (folder: string | undefined) => (folder === undefined ? defaultEdition : editionOfSitemapFolder(folder));
const requested = (folder: string | undefined, name: string) => (folder === undefined ? `/sitemaps/${name}` : `/sitemaps/${folder}/${name}`);

export async function sitemapIndexResponse(): Promise<Response> {
  return xmlResponse(await readIndex());
}

export async function newsSitemapResponse(folder?: string): Promise<Response> {
  const e = editionOf(folder);
  const xml = e ? await readNews(e.code) : null;
  return xml === null ? noSuchSitemap(requested(folder, "news.xml")) : xmlResponse(xml);
}

export async function pagesSitemapResponse(folder?: string): Promise<Response> {
  const e = editionOf(folder);
  const xml = e ? await readPages(e.code) : null;
  return xml === null ? noSuchSitemap(requested(folder, "pages.xml")) : xmlResponse(xml);
}

/** A month's sitemap of an edition, or a 404 for a file that does not exist (a month without that edition's articles). */
export async function monthSitemapResponse(file: string, folder?: string): Promise<Response> {
  const e = editionOf(folder);
  const xml = e && /^[0-9-]{7,12}\.xml$/.test(file) ? await readMonth(e.code, file) : null;
  if (xml !== null) return xmlResponse(xml);
  return noSuchSitemap(requested(folder, `articles/${file}`));
}

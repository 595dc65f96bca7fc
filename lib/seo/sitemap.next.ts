import "server-only";
import { unstable_cache } from "next/cache";
import { cacheTags } from "../content/cache-tags";
import { db } from "../db/connection";
import { site, siteUrl } from "../site";
import { monthSitemap, newsSitemap, pagesSitemap, sitemapIndex } from "./sitemaps";

/**
 * The sitemap routes' work (app/sitemap.xml, app/sitemaps/): XML from lib/seo/sitemaps.ts kept in Next's data
 * cache under the `articles` tag, so a publish, an edit or an unpublish refreshes every sitemap at once; the
 * time-based revalidation moves the news sitemap's 48-hour window along.
 */
const revalidate = site.revalidateSeconds;
const tags = [cacheTags.articles];
const origin = () => siteUrl("");

const readIndex = () => unstable_cache(() => sitemapIndex(db(), { siteUrl: origin() }), ["sitemap-index", origin()], { tags, revalidate })();
const readMonth = (file: string) =>
  unstable_cache(() => monthSitemap(db(), file, { siteUrl: origin() }), ["sitemap-month", file, origin()], { tags, revalidate })();
const readNews = () => unstable_cache(() => newsSitemap(db(), { siteUrl: origin() }), ["sitemap-news", origin()], { tags, revalidate })();
const readPages = () => unstable_cache(() => pagesSitemap(db(), { siteUrl: origin() }), ["sitemap-pages", origin()], { tags, revalidate })();

/** Shared caches may keep a sitemap as long as the server does; crawlers re-read them on their own schedule. */
const headers = {
  "Content-Type": "application/xml; charset=utf-8",
  "Cache-Control": `public, max-age=${revalidate}, stale-while-revalidate=${revalidate * 12}`,
};

const xmlResponse = (xml: string) => new Response(xml, { headers });

export async function sitemapIndexResponse(): Promise<Response> {
  return xmlResponse(await readIndex());
}

export async function newsSitemapResponse(): Promise<Response> {
  return xmlResponse(await readNews());
}

export async function pagesSitemapResponse(): Promise<Response> {
  return xmlResponse(await readPages());
}

/** A month's sitemap, or a plain 404 naming the index for a file that does not exist (a month with no articles). */
export async function monthSitemapResponse(file: string): Promise<Response> {
  const xml = /^[0-9-]{7,12}\.xml$/.test(file) ? await readMonth(file) : null;
  if (xml !== null) return xmlResponse(xml);
  return new Response(`There is no sitemap "${file.slice(0, 40)}". The list of sitemaps is at ${siteUrl("/sitemap.xml")}\n`, {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}

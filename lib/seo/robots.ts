import { newsSitemapPath, sitemapIndexPath } from "./sitemaps";
import { absoluteUrl } from "../urls";
import { editionList } from "../editions/registry";
import { searchPagePath } from "../urls";

/**
 * robots.txt as data (app/robots.ts serves it). Crawlers may read every reader page; they are kept out of:
 * - /newsroom and /api: staff pages, the admin and preview APIs; nothing there is for search engines.
 * - every edition's search page (/search, /fa/search): result pages are endless combinations of words and filters, each rendered per request and thin or
 *   duplicate content (Google asks sites to keep internal search results out of its index). Every article is
 *   reachable from the sitemaps and the section pages instead.
 * It names the one sitemap index, which lists every edition's sitemaps, and each edition's news sitemap on its own
 * line too, so a news crawler that reads robots.txt finds the last 48 hours without the index.
 */
export const disallowedPaths = ["/newsroom", "/api", ...editionList.map((e) => searchPagePath(e.code))];

export type RobotsRules = { rules: { userAgent: string; allow: string; disallow: string[] }; sitemap: string[] };

export function robotsRules(siteUrl: string): RobotsRules {
  return {
    rules: { userAgent: "*", allow: "/", disallow: [...disallowedPaths] },
    sitemap: [absoluteUrl(siteUrl, sitemapIndexPath), ...editionList.map((e) => absoluteUrl(siteUrl, newsSitemapPath(e.code)))],
  };
}

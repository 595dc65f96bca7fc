/**
 * Cache-Control for /search (set in next.config.ts; Next keeps a header set there). Results depend only on the
 * URL, never on cookies, so shared caches may keep a copy briefly and absorb a burst of identical searches;
 * browsers always ask again (max-age=0) and get fresh results. A minute is the longest an unpublished article
 * can linger in a cached result list, well inside the five minutes reader pages may be served by a CDN.
 */
export const SEARCH_CACHE_CONTROL = "public, max-age=0, s-maxage=60, stale-while-revalidate=60";

// @ts-check
import { CacheHandler } from "@fortedigital/nextjs-cache-handler";
import { createMemoryHandler } from "./memory-cache.mjs";
import { createSharedCache } from "./shared-cache.mjs";
import { sharedRedisClient } from "./redis-client.mjs";
import { publishCacheStatus } from "./status.mjs";

/**
 * Next.js's incremental cache (ISR pages, route handlers, `unstable_cache` data, revalidateTag) for Dispatch,
 * through @fortedigital/nextjs-cache-handler. Next.js always loads it from /cache-handler.mjs (next.config.ts):
 * with REDIS_URL the cache is shared in Redis; without it, it lives in this process's memory only
 * (memory-cache.mjs says why never on disk). Either way a restart never brings back a page a write expired.
 *
 * Every expiry is immediate: the package deletes the entries behind a tag whatever profile revalidateTag was
 * given, which is what Dispatch always asks for (`{ expire: 0 }`, lib/content/revalidate.next.ts).
 */

/** Field that carries an entry's cache lifetime through the package, which stores only the value. */
const LIFETIME = "dispatchCacheControl";

/**
 * Two things the package leaves out:
 *
 * - Next.js 16.4 takes a page's lifetime (revalidate, expire) from the entry when the entry has one, and
 *   otherwise from this process's memory of its own renders; a page rendered by another instance would look
 *   stale after 1 s there and be rendered again on every request. So the lifetime travels with the entry.
 * - A route handler's response (feeds, sitemaps, share images) names its tags only in its
 *   `x-next-cache-tags` header; the package reads that header for pages alone, so such an entry was stored
 *   with no tags and no revalidateTag could reach it: an unpublished article stayed in the feeds and sitemaps
 *   until their `revalidate`. Its tags are passed on as the package expects them.
 */
export class DispatchCacheHandler extends CacheHandler {
  /** @type {CacheHandler["set"]} */
  async set(key, value, ctx) {
    const lifetime = /** @type {{ cacheControl?: unknown } | undefined} */ (ctx)?.cacheControl;
    const routeTags = value?.kind === "APP_ROUTE" ? tagsOf(value.headers) : [];
    const context = routeTags.length > 0 ? /** @type {any} */ ({ ...ctx, tags: [...new Set([...(/** @type {any} */ (ctx)?.tags ?? []), ...routeTags])] }) : ctx;
    return super.set(key, value && lifetime ? /** @type {any} */ ({ ...value, [LIFETIME]: lifetime }) : value, context);
  }

  /** @type {CacheHandler["get"]} */
  async get(key, ctx) {
    const entry = /** @type {any} */ (await super.get(key, ctx));
    if (!entry?.value || !(LIFETIME in entry.value)) return entry;
    const { [LIFETIME]: cacheControl, ...value } = entry.value;
    return { ...entry, value, cacheControl: entry.cacheControl ?? cacheControl };
  }
}

/**
 * The tags a response was rendered with (Next.js's `x-next-cache-tags`, comma-separated).
 * @param {Record<string, unknown> | undefined} headers
 * @returns {string[]}
 */
function tagsOf(headers) {
  const header = headers?.["x-next-cache-tags"];
  const list = Array.isArray(header) ? header : typeof header === "string" ? header.split(",") : [];
  return list.map((t) => String(t).trim()).filter(Boolean);
}

/**
 * Sets how the handler is built the first time Next.js uses it. During `next build` and without a Redis URL
 * it keeps entries in memory only (the build never needs Redis to be up, and what it renders is never served).
 * @param {{ redisUrl?: string, keyPrefix?: string, timeoutMs?: number }} options
 */
export function configureDispatchCache({ redisUrl, keyPrefix, timeoutMs = 500 }) {
  DispatchCacheHandler.onCreation(async ({ buildId }) => {
    if (!redisUrl || process.env.NEXT_PHASE === "phase-production-build") {
      return { handlers: [createMemoryHandler()] };
    }
    const client = sharedRedisClient(redisUrl);
    const shared = createSharedCache({
      client,
      // One build's entries never reach another build's pages (their scripts and RSC payloads differ).
      keyPrefix: keyPrefix ?? `dispatch:${buildId ?? "dev"}:`,
      timeoutMs,
    });
    publishCacheStatus(shared.status);
    // The first request waits a moment for the connection rather than filling memory it would drop at once.
    await shared.settled(timeoutMs * 2);
    return { handlers: [shared.handler] };
  });
}

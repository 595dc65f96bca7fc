// @ts-check
import { CacheHandler } from "@fortedigital/nextjs-cache-handler";
import { createMemoryHandler } from "./memory-cache.mjs";
import { createSharedCache } from "./shared-cache.mjs";
import { sharedRedisClient } from "./redis-client.mjs";
import { publishSecondPass } from "./second-pass.mjs";
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
 *
 * And one thing of ours: an entry's `lastModified` is when its render began (the miss, or the stale read, that
 * started it), not when it was stored, so the memory store can refuse a render that was in flight while a write
 * expired its tags (memory-cache.mjs). Next.js asks the cache before every render it stores, so that moment is
 * known here.
 */
export class DispatchCacheHandler extends CacheHandler {
  /** @type {CacheHandler["set"]} */
  async set(key, value, ctx) {
    const lifetime = /** @type {{ cacheControl?: unknown } | undefined} */ (ctx)?.cacheControl;
    const routeTags = value?.kind === "APP_ROUTE" ? tagsOf(value.headers) : [];
    /** @type {any} */
    const context = { ...ctx };
    if (routeTags.length > 0) context.tags = [...new Set([...(context.tags ?? []), ...routeTags])];
    const began = renderStarts.take(key);
    if (began !== undefined) context.internal_lastModified = began;
    return super.set(key, value && lifetime ? /** @type {any} */ ({ ...value, [LIFETIME]: lifetime }) : value, context);
  }

  /** @type {CacheHandler["get"]} */
  async get(key, ctx) {
    const entry = /** @type {any} */ (await super.get(key, ctx));
    // Nothing, or stale: Next.js renders now (in the background when stale) and stores what it renders.
    if (!entry || (entry.lifespan && entry.lifespan.staleAt * 1000 <= Date.now())) renderStarts.note(key);
    if (!entry?.value || !(LIFETIME in entry.value)) return entry;
    const { [LIFETIME]: cacheControl, ...value } = entry.value;
    return { ...entry, value, cacheControl: entry.cacheControl ?? cacheControl };
  }
}

/**
 * @param {{ expireBefore(tag: string, since: number): Promise<void> }} store
 * @returns {import("./second-pass.mjs").SecondPass}
 */
function secondPassOf(store) {
  return async (items) => {
    for (const { tag, since } of items) await store.expireBefore(tag, since);
  };
}

/**
 * When the render that will store each key began, per process (Next.js makes a handler object per request).
 * The earliest outstanding one wins; a note older than a minute belongs to a render that never stored anything.
 */
const renderStarts = (() => {
  const MAX_AGE_MS = 60_000;
  const MAX_KEYS = 10_000;
  /** @type {Map<string, number>} */
  const began = new Map();
  return {
    /** @param {string} key */
    note(key) {
      const now = Date.now();
      const earlier = began.get(key);
      if (earlier !== undefined && now - earlier <= MAX_AGE_MS) return;
      began.delete(key);
      began.set(key, now);
      if (began.size > MAX_KEYS) began.delete(/** @type {string} */ (began.keys().next().value));
    },
    /** @param {string} key */
    take(key) {
      const at = began.get(key);
      began.delete(key);
      return at !== undefined && Date.now() - at <= MAX_AGE_MS ? at : undefined;
    },
  };
})();

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
      const memory = createMemoryHandler();
      publishSecondPass(secondPassOf(memory));
      return { handlers: [memory] };
    }
    const client = sharedRedisClient(redisUrl);
    const shared = createSharedCache({
      client,
      // One build's entries never reach another build's pages (their scripts and RSC payloads differ).
      keyPrefix: keyPrefix ?? `dispatch:${buildId ?? "dev"}:`,
      timeoutMs,
    });
    publishCacheStatus(shared.status);
    publishSecondPass(secondPassOf(shared.handler));
    // The first request waits a moment for the connection rather than filling memory it would drop at once.
    await shared.settled(timeoutMs * 2);
    return { handlers: [shared.handler] };
  });
}

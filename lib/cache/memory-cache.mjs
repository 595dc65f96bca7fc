// @ts-check
import { createConfiguredCache } from "@fortedigital/nextjs-cache-handler/local-lru";
import { cacheMemoryBytes, DEFAULT_CACHE_MEMORY_MB } from "./memory-budget.mjs";

/**
 * Pages and data kept in this process's memory only: the cache of a single instance without REDIS_URL, the
 * build's scratch cache, and the fallback while Redis is away (failover.mjs).
 *
 * Memory only, on purpose. Next.js's own file-system cache keeps pages and `unstable_cache` data on disk but
 * remembers expired tags (revalidateTag) only in memory, so after a restart a page cached before an unpublish
 * came back from disk as if nothing had happened, and pages prerendered by `next build` (from the build
 * machine's database) were served until their first revalidation. A process that starts with an empty cache
 * renders every page afresh from the live database on its first request; nothing can outlive a change.
 *
 * Bounded by an approximate byte count (CACHE_MEMORY_MB, default 128) and a number of entries; the least
 * recently used entries go first. Expiring a tag deletes every entry that carries it, and for a minute after,
 * refuses an entry carrying it whose `lastModified` (when its render began, see next-cache-handler.mjs) is not
 * later than the expiry: a render that read the old rows before a write and finished after the write's expiry.
 *
 * Handlers follow @fortedigital/nextjs-cache-handler's Handler shape: { name, get, set, revalidateTag, delete }.
 */

/** @typedef {import("@fortedigital/nextjs-cache-handler/cache-handler.types").Handler} Handler */
/** @typedef {import("@fortedigital/nextjs-cache-handler/cache-handler.types").CacheHandlerValue} CacheHandlerValue */

/** Enough for every page and query of a large site at 128 MB; the byte bound is the one that usually bites. */
const DEFAULT_MAX_ENTRIES = 20000;
/** Keys, tags, timestamps and the objects around them, per entry. */
const ENTRY_OVERHEAD_BYTES = 512;
/** Next.js's implicit path tags (revalidatePath): remembered by time, since entries do not list them. */
const IMPLICIT_TAG_PREFIX = "_N_T_";
/** How long a tag's expiry is remembered for renders still in flight: far longer than any render takes. */
const IN_FLIGHT_MS = 60_000;

/** CACHE_MEMORY_MB in bytes; instrumentation.ts stops the server on a bad value, so this only guards. */
function configuredBytes() {
  try {
    return cacheMemoryBytes();
  } catch (err) {
    console.warn(`cache: ${err instanceof Error ? err.message : err}; using ${DEFAULT_CACHE_MEMORY_MB} MB`);
    return DEFAULT_CACHE_MEMORY_MB * 1024 * 1024;
  }
}

/**
 * Roughly how many bytes an entry holds: its strings (as characters) and buffers, without serialising it.
 * @param {CacheHandlerValue} entry
 * @returns {number}
 */
export function entrySize(entry) {
  return ENTRY_OVERHEAD_BYTES + valueSize(/** @type {unknown} */ (entry?.value)) + (entry?.tags?.join(",").length ?? 0);
}

/** @param {unknown} value */
function valueSize(value) {
  if (value == null) return 0;
  if (typeof value === "string") return value.length;
  if (typeof value !== "object") return 8;
  if (ArrayBuffer.isView(value)) return value.byteLength;
  if (value instanceof ArrayBuffer) return value.byteLength;
  let size = 0;
  if (value instanceof Map) {
    for (const [k, v] of value) size += valueSize(k) + valueSize(v);
    return size;
  }
  if (Array.isArray(value)) {
    for (const v of value) size += valueSize(v);
    return size;
  }
  for (const [k, v] of Object.entries(value)) size += k.length + valueSize(v);
  return size;
}

/**
 * A bounded in-memory handler.
 * @param {{ maxBytes?: number, maxEntries?: number }} [options] maxBytes defaults to CACHE_MEMORY_MB
 * @returns {Handler & { expireBefore(tag: string, since: number): Promise<void> }}
 */
export function createMemoryHandler({ maxBytes = configuredBytes(), maxEntries = DEFAULT_MAX_ENTRIES } = {}) {
  const store = createConfiguredCache((/** @type {CacheHandlerValue} */ entry) => Math.max(1, Math.ceil(entrySize(entry))), {
    maxItemsNumber: maxEntries,
    maxItemSizeBytes: maxBytes,
  });
  /** When each implicit (path) tag was last expired. */
  const expiredAt = new Map();
  /** When each tag was expired, for the last IN_FLIGHT_MS. */
  const recentlyExpired = new Map();

  return {
    name: "memory",
    async get(key, meta) {
      const entry = store.get(key);
      if (!entry) return null;
      for (const tag of meta?.implicitTags ?? []) {
        // Same millisecond: taken as expired (one more render is cheaper than a stale page).
        if ((expiredAt.get(tag) ?? -1) >= entry.lastModified) {
          store.delete(key);
          return null;
        }
      }
      return entry;
    },
    async set(key, entry, ctx) {
      if (ctx?.setOnlyIfNotExists && store.has(key)) return;
      // Rendered from what was read before one of its tags expired: keeping it would undo a write.
      if (entry.tags.some((tag) => (recentlyExpired.get(tag) ?? -1) >= entry.lastModified)) return;
      store.set(key, entry);
    },
    async revalidateTag(tag) {
      const now = Date.now();
      for (const [key, entry] of store.entries()) {
        if (entry.tags.includes(tag)) store.delete(key);
      }
      if (tag.startsWith(IMPLICIT_TAG_PREFIX)) expiredAt.set(tag, now);
      for (const [t, at] of recentlyExpired) {
        if (now - at > IN_FLIGHT_MS) recentlyExpired.delete(t);
      }
      recentlyExpired.delete(tag);
      recentlyExpired.set(tag, now);
    },
    async delete(key) {
      store.delete(key);
    },
    /**
     * The second pass after a write (lib/content/revalidate.next.ts): drops what carries `tag` and began
     * rendering at or before `since`, the write; what was rendered from the new rows stays cached.
     * @param {string} tag
     * @param {number} since
     */
    async expireBefore(tag, since) {
      for (const [key, entry] of store.entries()) {
        if (entry.lastModified <= since && entry.tags.includes(tag)) store.delete(key);
      }
    },
  };
}

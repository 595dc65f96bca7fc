// @ts-check
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";
import { createFailoverHandler } from "./failover.mjs";
import { createMemoryHandler } from "./memory-cache.mjs";

/**
 * The pieces of Dispatch's shared cache for one server process: @fortedigital/nextjs-cache-handler's Redis
 * handler (entries as strings, a tag index for revalidateTag) behind the failover in failover.mjs, with a
 * bounded memory handler (memory-cache.mjs) used while Redis is away. Kept apart from the Next.js glue
 * (next-cache-handler.mjs) so tests can run two "instances" in one process.
 */

/** @typedef {import("./redis-client.mjs").RedisClient} RedisClient */
/** @typedef {import("./failover.mjs").Log} Log */

/**
 * @param {{ client: RedisClient, keyPrefix: string, timeoutMs?: number, memoryMaxAgeSeconds?: number,
 *   probeIntervalMs?: number, maxMissedTags?: number, log?: Log }} options
 */
export function createSharedCache({ client, keyPrefix, timeoutMs = 500, ...rest }) {
  const redis = createRedisHandler({
    // The package's types name its own copy of the client type; ours is the same @redis/client.
    client: /** @type {any} */ (client),
    keyPrefix,
    timeoutMs,
    // Entries expire at the time the package computes (a little after they go stale), set with the value.
    keyExpirationStrategy: "EXAT",
  });
  return createFailoverHandler({
    client,
    redis,
    // Memory used only during a Redis outage: bounded like a single instance's cache (CACHE_MEMORY_MB).
    createMemory: () => createMemoryHandler(),
    flushShared: () => unlinkByPrefix(client, keyPrefix),
    recordExpiry: expiryRecorder(client, keyPrefix + REVALIDATED_TAGS),
    timeoutMs,
    ...rest,
  });
}

/**
 * The package's hash of tag expiry times (redis-strings: `<prefix>__revalidated_tags__`). Its reads drop an entry
 * when one of the entry's tags was expired after the entry's `lastModified`; it records only Next.js's implicit
 * path tags there. We record every tag, and date each entry by its render's start (next-cache-handler.mjs), so a
 * render that was in flight during a write is dropped by whichever instance reads it. tests/cache-redis-race.test.ts
 * checks the package still behaves so.
 */
export const REVALIDATED_TAGS = "__revalidated_tags__";
/** A recorded time matters only while a render that began before it may still be stored. */
const RECORD_KEEP_MS = 10 * 60_000;
const PRUNE_EVERY = 500;

/**
 * @param {RedisClient} client
 * @param {string} hash
 */
function expiryRecorder(client, hash) {
  let sincePrune = 0;
  return async (/** @type {string} */ tag, /** @type {number} */ at) => {
    await client.hSet(hash, tag, String(at));
    if (++sincePrune < PRUNE_EVERY) return;
    sincePrune = 0;
    void pruneExpiryTimes(client, hash, at - RECORD_KEEP_MS).catch(() => {});
  };
}

/**
 * Forgets recorded times older than `before`, so the hash holds only recent expiries. Next.js's implicit path tags
 * (`_N_T_…`) stay: the package compares those with entries of any age.
 * @param {RedisClient} client
 * @param {string} hash
 * @param {number} before
 */
export async function pruneExpiryTimes(client, hash, before) {
  /** @type {string[]} */
  const old = [];
  for await (const entries of client.hScanIterator(hash, { COUNT: 1000 })) {
    for (const { field, value } of entries) {
      if (!field.startsWith("_N_T_") && Number(value) < before) old.push(field);
    }
  }
  for (let i = 0; i < old.length; i += 1000) await client.hDel(hash, old.slice(i, i + 1000));
}

/**
 * Deletes every key under `prefix` (entries and the tag index): used when too many tags changed during an
 * outage to replay them one by one.
 * @param {RedisClient} client
 * @param {string} prefix
 */
export async function unlinkByPrefix(client, prefix) {
  const match = `${prefix.replace(/[*?[\]\\]/g, "\\$&")}*`;
  for await (const keys of client.scanIterator({ MATCH: match, COUNT: 500 })) {
    if (keys.length) await client.unlink(keys);
  }
}

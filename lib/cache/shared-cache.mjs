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
    timeoutMs,
    ...rest,
  });
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

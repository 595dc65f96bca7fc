// @ts-check
import { pingRedis, withTimeout } from "./redis-client.mjs";

/**
 * The shared cache with a way out: reads and writes go to Redis while it answers, and to this instance's own
 * memory while it does not, so pages keep being served through a Redis outage and nobody restarts anything
 * when it returns.
 *
 * - Every Redis call is bounded (`timeoutMs`): a dead or hung Redis costs a request at most that once, then the
 *   instance serves from memory and a probe (every `probeIntervalMs`, and on the client's "ready") watches for
 *   its return.
 * - Memory is only used during an outage. It starts empty each time (what it held before could have been
 *   expired by another instance meanwhile), and its entries live at most `memoryMaxAgeSeconds`, because changes
 *   made on other instances cannot reach it: that bounds how stale a page can be while Redis is away.
 * - Tags expired during an outage are remembered and expired in Redis when it returns, before Redis is read
 *   again, so nothing cached before the outage outlives a change made during it. Past `maxMissedTags`, every
 *   shared entry is dropped instead (`flushShared`).
 * - State changes are logged once each, never per request.
 * - Each expiry's time is recorded in Redis (`recordExpiry`), so any instance drops an entry whose render began
 *   before an expiry of one of its tags (next-cache-handler.mjs dates entries by their render's start).
 *
 * Handlers follow @fortedigital/nextjs-cache-handler's Handler shape: { name, get, set, revalidateTag, delete }.
 */

/**
 * @typedef {import("@fortedigital/nextjs-cache-handler/cache-handler.types").Handler} Handler
 * @typedef {import("@fortedigital/nextjs-cache-handler/cache-handler.types").CacheHandlerValue} CacheHandlerValue
 * @typedef {import("./redis-client.mjs").RedisClient} RedisClient
 * @typedef {"connecting" | "redis" | "memory"} Serving
 * @typedef {{ serving: Serving, since: number, error?: string }} FailoverStatus
 * @typedef {{ info(message: string): void, warn(message: string): void }} Log
 */

/**
 * @param {{
 *   client: RedisClient,
 *   redis: Handler,
 *   createMemory: () => Handler & { expireBefore?(tag: string, since: number): Promise<void> },
 *   flushShared: () => Promise<void>,
 *   recordExpiry?: (tag: string, at: number) => Promise<unknown>,
 *   timeoutMs?: number,
 *   memoryMaxAgeSeconds?: number,
 *   probeIntervalMs?: number,
 *   maxMissedTags?: number,
 *   log?: Log,
 * }} options
 * @returns {{ handler: Handler & { expireBefore(tag: string, since: number): Promise<void> }, status(): FailoverStatus,
 *   settled(ms: number): Promise<Serving>, close(): void }}
 */
export function createFailoverHandler({
  client,
  redis,
  createMemory,
  flushShared,
  recordExpiry = async () => {},
  timeoutMs = 500,
  memoryMaxAgeSeconds = 30,
  probeIntervalMs = 1000,
  maxMissedTags = 1000,
  log = { info: (m) => console.info(m), warn: (m) => console.warn(m) },
}) {
  // Expiring a tag scans Redis's tag index: allow it a few round trips.
  const tagTimeoutMs = timeoutMs * 4;
  /** @type {Serving} */
  let serving = "connecting";
  let since = Date.now();
  /** @type {string | undefined} */
  let lastError;
  let memory = createMemory();
  /** Tags expired while Redis was away, to expire there when it returns. */
  const missed = new Set();
  let overflowed = false;
  let recovering = false;
  let closed = false;
  /** @type {NodeJS.Timeout | undefined} */
  let probe;
  /** Callers of settled() waiting for the first connection attempt to succeed or fail. */
  /** @type {Array<() => void>} */
  let waiting = [];

  function settle() {
    for (const wake of waiting) wake();
    waiting = [];
  }

  /** @param {unknown} err */
  function fail(err) {
    const message = err instanceof Error ? err.message || err.name : String(err);
    lastError = message;
    if (serving === "memory" || closed) return;
    const first = serving === "connecting";
    serving = "memory";
    since = Date.now();
    memory = createMemory();
    settle();
    log.warn(
      first
        ? `cache: Redis is unreachable (${message}); serving pages and data from this instance's memory until it answers`
        : `cache: lost Redis (${message}); serving pages and data from this instance's memory until it returns`,
    );
    startProbe();
  }

  function startProbe() {
    if (probe || closed) return;
    probe = setInterval(() => {
      if (client.isReady) void recover();
    }, probeIntervalMs);
    probe.unref();
  }

  function stopProbe() {
    clearInterval(probe);
    probe = undefined;
  }

  async function recover() {
    if (recovering || closed || serving === "redis") return;
    recovering = true;
    try {
      await pingRedis(client, timeoutMs);
      let replayed = 0;
      if (overflowed) {
        await withTimeout(flushShared(), tagTimeoutMs * 4, "Redis");
        overflowed = false;
        missed.clear();
      }
      // Tags may be added while we replay: take them one at a time until none is left.
      for (let tag = first(missed); tag !== undefined; tag = first(missed)) {
        await withTimeout(Promise.all([redis.revalidateTag(tag), recordExpiry(tag, Date.now())]), tagTimeoutMs, "Redis");
        missed.delete(tag);
        replayed++;
      }
      const was = serving;
      serving = "redis";
      since = Date.now();
      lastError = undefined;
      memory = createMemory();
      stopProbe();
      settle();
      log.info(
        was === "connecting"
          ? "cache: pages and data are cached in Redis, shared by every instance"
          : `cache: Redis is back; shared cache in use again${replayed ? ` (expired ${replayed} tag(s) changed meanwhile)` : ""}`,
      );
    } catch (err) {
      fail(err);
    } finally {
      recovering = false;
    }
  }

  /** @param {string} tag */
  function remember(tag) {
    if (overflowed) return;
    if (missed.size >= maxMissedTags) {
      overflowed = true;
      missed.clear();
    } else missed.add(tag);
  }

  /**
   * A copy of `value` that memory keeps at most memoryMaxAgeSeconds.
   * @param {CacheHandlerValue} value
   * @returns {CacheHandlerValue}
   */
  function capped(value) {
    const now = Math.floor(Date.now() / 1000);
    const cap = now + memoryMaxAgeSeconds;
    const lifespan = value.lifespan ?? {
      lastModifiedAt: now,
      staleAt: cap,
      expireAt: cap,
      staleAge: memoryMaxAgeSeconds,
      expireAge: memoryMaxAgeSeconds,
      revalidate: undefined,
    };
    return lifespan.expireAt <= cap ? { ...value, lifespan } : { ...value, lifespan: { ...lifespan, expireAt: cap } };
  }

  const onReady = () => void recover();
  /** @param {unknown} err */
  const onDown = (err) => fail(err ?? new Error("connection closed"));
  const onEnd = () => fail(new Error("connection closed"));
  client.on("ready", onReady);
  client.on("error", onDown);
  client.on("end", onEnd);
  if (client.isReady) void recover();
  else startProbe();

  /** @type {Handler & { expireBefore(tag: string, since: number): Promise<void> }} */
  const handler = {
    name: "redis-with-memory-fallback",
    async get(key, meta) {
      if (serving === "redis") {
        try {
          return await withTimeout(redis.get(key, meta), timeoutMs, "Redis");
        } catch (err) {
          fail(err);
        }
      }
      const value = await memory.get(key, meta);
      if (value?.lifespan && value.lifespan.expireAt < Math.floor(Date.now() / 1000)) {
        await memory.delete?.(key);
        return null;
      }
      return value;
    },
    async set(key, value, ctx) {
      if (serving === "redis") {
        try {
          await withTimeout(redis.set(key, value, ctx), timeoutMs, "Redis");
          return;
        } catch (err) {
          fail(err);
        }
      }
      await memory.set(key, capped(value), ctx);
    },
    async revalidateTag(tag) {
      await memory.revalidateTag(tag);
      if (serving === "redis") {
        try {
          await withTimeout(Promise.all([redis.revalidateTag(tag), recordExpiry(tag, Date.now())]), tagTimeoutMs, "Redis");
          return;
        } catch (err) {
          fail(err);
        }
      }
      remember(tag);
    },
    // A write's second pass: in Redis the expiry's recorded time already drops such renders when they are read.
    async expireBefore(tag, since) {
      await /** @type {{ expireBefore?(tag: string, since: number): Promise<void> }} */ (memory).expireBefore?.(tag, since);
    },
    async delete(key) {
      await memory.delete?.(key);
      if (serving === "redis") {
        try {
          await withTimeout(redis.delete?.(key) ?? Promise.resolve(), timeoutMs, "Redis");
        } catch (err) {
          fail(err);
        }
      }
    },
  };

  return {
    handler,
    status: () => ({ serving, since, ...(lastError && serving !== "redis" ? { error: lastError } : {}) }),
    settled(ms) {
      if (serving !== "connecting") return Promise.resolve(serving);
      return new Promise((resolve) => {
        const timer = setTimeout(() => resolve(serving), ms);
        timer.unref();
        waiting.push(() => {
          clearTimeout(timer);
          resolve(serving);
        });
      });
    },
    close() {
      closed = true;
      stopProbe();
      client.off("ready", onReady);
      client.off("error", onDown);
      client.off("end", onEnd);
    },
  };
}

/**
 * @template T
 * @param {Set<T>} set
 * @returns {T | undefined}
 */
function first(set) {
  for (const v of set) return v;
  return undefined;
}

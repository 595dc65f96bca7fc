// @ts-check
import { createClient } from "@redis/client";

/**
 * The one Redis connection a server process uses for the shared page and data cache and for /api/health.
 *
 * Plain JavaScript (not TypeScript) because Next.js loads the cache handler with Node's own import at run time,
 * outside the bundler. The bundled health route and the handler may each load their own copy of this module,
 * so the client lives on globalThis: both find the same connection.
 *
 * Every command gives up after `timeoutMs` and nothing queues while the connection is down, so a request never
 * waits on Redis for longer than that; the client reconnects by itself (backing off to every 2 s) for as long as
 * the process runs.
 */

/** @typedef {ReturnType<typeof createClient>} RedisClient */

const KEY = Symbol.for("dispatch.redis.clients");

/** @returns {Map<string, RedisClient>} */
function registry() {
  const g = /** @type {Record<symbol, Map<string, RedisClient> | undefined>} */ (/** @type {unknown} */ (globalThis));
  g[KEY] ??= new Map();
  return g[KEY];
}

/**
 * A client for `url`, not yet connected: commands fail fast until `connect()` has succeeded.
 * @param {string} url redis://host:port (rediss:// for TLS)
 * @param {{ timeoutMs?: number }} [options]
 * @returns {RedisClient}
 */
export function createRedisClient(url, { timeoutMs = 500 } = {}) {
  const client = createClient({
    url,
    // Commands are refused at once while reconnecting, instead of piling up behind a dead connection.
    disableOfflineQueue: true,
    commandOptions: { timeout: timeoutMs },
    socket: {
      connectTimeout: Math.max(timeoutMs, 1000),
      reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2000),
    },
  });
  // node-redis emits 'error' on every failed (re)connect; without a listener that would crash the process.
  // State changes are logged once by whoever watches the connection (lib/cache/failover.mjs).
  client.on("error", () => {});
  return client;
}

/**
 * The process-wide client for `url`, created and connected on first use (connecting does not block the caller;
 * ask `client.isReady`, or wait for its "ready" event).
 * @param {string} url
 * @returns {RedisClient}
 */
export function sharedRedisClient(url) {
  const clients = registry();
  let client = clients.get(url);
  if (!client) {
    client = createRedisClient(url);
    clients.set(url, client);
    client.connect().catch(() => {
      // Only when the client is closed on purpose; failures to reach Redis are retried by reconnectStrategy.
    });
  }
  return client;
}

/**
 * Resolves true once `client` is ready, or false after `ms` (the caller goes on without Redis meanwhile).
 * @param {RedisClient} client
 * @param {number} ms
 * @returns {Promise<boolean>}
 */
export function waitUntilReady(client, ms) {
  if (client.isReady) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (/** @type {boolean} */ ok) => {
      clearTimeout(timer);
      client.off("ready", onReady);
      resolve(ok);
    };
    const onReady = () => done(true);
    const timer = setTimeout(() => done(false), ms);
    timer.unref();
    client.on("ready", onReady);
  });
}

/**
 * Round-trip time of a PING in milliseconds; rejects when Redis does not answer within `ms`.
 * @param {RedisClient} client
 * @param {number} ms
 * @returns {Promise<number>}
 */
export async function pingRedis(client, ms) {
  const started = performance.now();
  await withTimeout(client.ping(), ms, "Redis");
  return Math.round((performance.now() - started) * 10) / 10;
}

/**
 * `promise`, or a rejection naming `what` once `ms` have passed (the promise itself is left to settle).
 * @template T
 * @param {Promise<T>} promise
 * @param {number} ms
 * @param {string} what
 * @returns {Promise<T>}
 */
export function withTimeout(promise, ms, what) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
    timer.unref();
  });
  return /** @type {Promise<T>} */ (Promise.race([promise, timeout]).finally(() => clearTimeout(timer)));
}

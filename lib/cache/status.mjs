// @ts-check
/**
 * The shared cache's state as the cache handler sees it, published on globalThis because /api/health is bundled
 * by Next.js while the handler is loaded by Node directly: the two never share a module instance.
 */

/** @typedef {import("./failover.mjs").FailoverStatus} FailoverStatus */

const KEY = Symbol.for("dispatch.cache.status");

/** @param {() => FailoverStatus} read */
export function publishCacheStatus(read) {
  /** @type {Record<symbol, unknown>} */ (/** @type {unknown} */ (globalThis))[KEY] = read;
}

/** What the handler serves from now, or undefined before Next.js first used it in this process. */
export function readCacheStatus() {
  const read = /** @type {Record<symbol, (() => FailoverStatus) | undefined>} */ (/** @type {unknown} */ (globalThis))[KEY];
  return read?.();
}

// @ts-check
/**
 * A write's second pass, handed from the cache handler to the server's code on globalThis: Next.js loads the
 * handler with Node's own import and bundles the routes, so the two never share a module instance (as status.mjs).
 * The pass drops, per tag, what carries the tag and began rendering at or before the write (lib/content/revalidate.next.ts).
 */

/** @typedef {(items: { tag: string, since: number }[]) => Promise<void>} SecondPass */

const KEY = Symbol.for("dispatch.cache.secondPass");

/** @param {SecondPass} pass */
export function publishSecondPass(pass) {
  /** @type {Record<symbol, unknown>} */ (/** @type {unknown} */ (globalThis))[KEY] = pass;
}

/** The pass, or undefined before Next.js first used the cache handler in this process. */
export function readSecondPass() {
  return /** @type {Record<symbol, SecondPass | undefined>} */ (/** @type {unknown} */ (globalThis))[KEY];
}

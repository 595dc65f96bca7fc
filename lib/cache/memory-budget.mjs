// @ts-check
/**
 * How much memory a process gives its page and data cache (memory-cache.mjs): CACHE_MEMORY_MB, in whole
 * megabytes. Apart from the cache itself so instrumentation.ts can check the value at start without loading it.
 */

export const DEFAULT_CACHE_MEMORY_MB = 128;
export const MAX_CACHE_MEMORY_MB = 65536;

/**
 * The memory budget in bytes from CACHE_MEMORY_MB (whole megabytes), or the default when it is unset.
 * @param {Record<string, string | undefined>} [env]
 * @returns {number}
 */
export function cacheMemoryBytes(env = process.env) {
  const raw = env.CACHE_MEMORY_MB?.trim();
  if (!raw) return DEFAULT_CACHE_MEMORY_MB * 1024 * 1024;
  const mb = Number(raw);
  if (!/^\d+$/.test(raw) || mb < 1 || mb > MAX_CACHE_MEMORY_MB) {
    throw new Error(
      `CACHE_MEMORY_MB: must be a whole number of megabytes from 1 to ${MAX_CACHE_MEMORY_MB}, e.g. ${DEFAULT_CACHE_MEMORY_MB} (got "${raw}")`,
    );
  }
  return mb * 1024 * 1024;
}

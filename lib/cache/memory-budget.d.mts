export const DEFAULT_CACHE_MEMORY_MB: number;
export const MAX_CACHE_MEMORY_MB: number;
/** The memory budget in bytes from CACHE_MEMORY_MB (whole megabytes, default 128); throws naming the variable. */
export function cacheMemoryBytes(env?: Record<string, string | undefined>): number;

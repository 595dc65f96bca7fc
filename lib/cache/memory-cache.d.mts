import type { Handler, CacheHandlerValue } from "./failover.d.mts";

/** Roughly how many bytes an entry holds. */
export function entrySize(entry: CacheHandlerValue): number;
/** Pages and data in this process's memory only, least recently used first out past maxBytes or maxEntries. */
export function createMemoryHandler(options?: { maxBytes?: number; maxEntries?: number }): Handler & {
  /** Drops what carries `tag` and began rendering at or before `since`. */
  expireBefore(tag: string, since: number): Promise<void>;
};

import type { Failover, FailoverTuning } from "./failover.d.mts";
import type { RedisClient } from "./redis-client.d.mts";

export function createSharedCache(options: FailoverTuning & { client: RedisClient; keyPrefix: string }): Failover;
export function unlinkByPrefix(client: RedisClient, prefix: string): Promise<void>;
/** The package's hash of tag expiry times, under the key prefix. */
export const REVALIDATED_TAGS: string;
/** Forgets recorded expiry times older than `before` (Next.js's implicit path tags stay). */
export function pruneExpiryTimes(client: RedisClient, hash: string, before: number): Promise<void>;

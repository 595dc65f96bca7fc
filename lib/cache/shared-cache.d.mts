import type { ExpiringHandler, Log, FailoverStatus, Serving } from "./failover.d.mts";
import type { RedisClient } from "./redis-client.d.mts";

export function createSharedCache(options: {
  client: RedisClient;
  keyPrefix: string;
  timeoutMs?: number;
  memoryMaxAgeSeconds?: number;
  probeIntervalMs?: number;
  maxMissedTags?: number;
  log?: Log;
}): { handler: ExpiringHandler; status(): FailoverStatus; settled(ms: number): Promise<Serving>; close(): void };
export function unlinkByPrefix(client: RedisClient, prefix: string): Promise<void>;
/** The package's hash of tag expiry times, under the key prefix. */
export const REVALIDATED_TAGS: string;
/** Forgets recorded expiry times older than `before` (Next.js's implicit path tags stay). */
export function pruneExpiryTimes(client: RedisClient, hash: string, before: number): Promise<void>;

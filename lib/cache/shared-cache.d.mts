import type { Handler, Log, FailoverStatus, Serving } from "./failover.d.mts";
import type { RedisClient } from "./redis-client.d.mts";

export function createSharedCache(options: {
  client: RedisClient;
  keyPrefix: string;
  timeoutMs?: number;
  memoryMaxAgeSeconds?: number;
  probeIntervalMs?: number;
  maxMissedTags?: number;
  log?: Log;
}): { handler: Handler; status(): FailoverStatus; settled(ms: number): Promise<Serving>; close(): void };
export function unlinkByPrefix(client: RedisClient, prefix: string): Promise<void>;

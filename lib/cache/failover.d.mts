/** Which store the shared cache serves from: still connecting, Redis, or this instance's memory (Redis away). */
export type Serving = "connecting" | "redis" | "memory";
export type FailoverStatus = { serving: Serving; since: number; error?: string };
export type Log = { info(message: string): void; warn(message: string): void };
export type Handler = import("@fortedigital/nextjs-cache-handler/cache-handler.types").Handler;
export type CacheHandlerValue = import("@fortedigital/nextjs-cache-handler/cache-handler.types").CacheHandlerValue;

export type ExpiringHandler = Handler & {
  /** Drops what carries `tag` and began rendering at or before `since` (a write's second pass). */
  expireBefore(tag: string, since: number): Promise<void>;
};

/** How long Redis may take, how old memory entries may get, how often Redis is probed: shared by both factories. */
export type FailoverTuning = {
  timeoutMs?: number;
  memoryMaxAgeSeconds?: number;
  probeIntervalMs?: number;
  maxMissedTags?: number;
  log?: Log;
};

/** A cache that serves from Redis, or from this instance's memory while Redis is away. */
export type Failover = { handler: ExpiringHandler; status(): FailoverStatus; settled(ms: number): Promise<Serving>; close(): void };

export function createFailoverHandler(
  options: FailoverTuning & {
    client: import("./redis-client.mjs").RedisClient;
    redis: Handler;
    createMemory: () => Handler & { expireBefore?(tag: string, since: number): Promise<void> };
    flushShared: () => Promise<void>;
    /** Records when `tag` was expired, where every instance's reads compare it with an entry's render start. */
    recordExpiry?: (tag: string, at: number) => Promise<unknown>;
  },
): Failover;

/** Which store the shared cache serves from: still connecting, Redis, or this instance's memory (Redis away). */
export type Serving = "connecting" | "redis" | "memory";
export type FailoverStatus = { serving: Serving; since: number; error?: string };
export type Log = { info(message: string): void; warn(message: string): void };
export type Handler = import("@fortedigital/nextjs-cache-handler/cache-handler.types").Handler;
export type CacheHandlerValue = import("@fortedigital/nextjs-cache-handler/cache-handler.types").CacheHandlerValue;

export function createFailoverHandler(options: {
  client: import("./redis-client.mjs").RedisClient;
  redis: Handler;
  createMemory: () => Handler;
  flushShared: () => Promise<void>;
  timeoutMs?: number;
  memoryMaxAgeSeconds?: number;
  probeIntervalMs?: number;
  maxMissedTags?: number;
  log?: Log;
}): { handler: Handler; status(): FailoverStatus; settled(ms: number): Promise<Serving>; close(): void };

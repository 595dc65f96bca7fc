import type { FailoverStatus } from "./failover.d.mts";

export function publishCacheStatus(read: () => FailoverStatus): void;
/** What the cache handler serves from now, or undefined before Next.js first used it in this process. */
export function readCacheStatus(): FailoverStatus | undefined;

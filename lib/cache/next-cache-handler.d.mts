import { CacheHandler } from "@fortedigital/nextjs-cache-handler";

/** Next.js's incremental cache handler for Dispatch (see next-cache-handler.mjs). */
export class DispatchCacheHandler extends CacheHandler {}
export function configureDispatchCache(options: { redisUrl?: string; keyPrefix?: string; timeoutMs?: number }): void;

// Next.js's cache handler when REDIS_URL is set (wired in next.config.ts): pages and data shared by every
// instance through Redis, with each instance's memory as the fallback while Redis is away. See lib/cache/.
import { configureDispatchCache, DispatchCacheHandler } from "./lib/cache/next-cache-handler.mjs";

configureDispatchCache({ redisUrl: process.env.REDIS_URL });

export default DispatchCacheHandler;

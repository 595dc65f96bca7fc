// Next.js's cache handler (wired in next.config.ts): with REDIS_URL, pages and data shared by every instance
// through Redis, with each instance's memory as the fallback while Redis is away; without it, this process's
// memory only, so a restart starts empty and renders from the live database. See lib/cache/.
import { configureDispatchCache, DispatchCacheHandler } from "./lib/cache/next-cache-handler.mjs";

configureDispatchCache({ redisUrl: process.env.REDIS_URL });

export default DispatchCacheHandler;

import type { NextConfig } from "next";
import { SEARCH_CACHE_CONTROL } from "./lib/search/http";

// Pages and data always go through our cache handler (cache-handler.mjs, lib/cache/): in Redis, shared by every
// instance, with REDIS_URL; in this process's memory only without it. Never Next's file-system cache, which keeps
// pages on disk but expired tags only in memory, so a restart brought back what an unpublish had taken down.
const cache: Partial<NextConfig> = { cacheHandler: require.resolve("./cache-handler.mjs"), cacheMaxMemorySize: 0 };

const nextConfig: NextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ["better-sqlite3", "@redis/client"],
  poweredByHeader: false,
  // Benchmarks and parallel test runs build into their own folder so they never overwrite the main build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  images: {
    // Demo and uploaded images live under /public/images; no remote hosts are allowed.
    formats: ["image/avif", "image/webp"],
    deviceSizes: [375, 640, 828, 1080, 1280, 1600],
  },
  // Search results are rendered per request; Next keeps a Cache-Control set here instead of its no-store default.
  async headers() {
    return [{ source: "/search", headers: [{ key: "Cache-Control", value: SEARCH_CACHE_CONTROL }] }];
  },
  ...cache,
};

export default nextConfig;

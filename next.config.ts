import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  // Benchmarks and parallel test runs build into their own folder so they never overwrite the main build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  images: {
    // Demo and uploaded images live under /public/images; no remote hosts are allowed.
    formats: ["image/avif", "image/webp"],
    deviceSizes: [375, 640, 828, 1080, 1280, 1600],
  },
};

export default nextConfig;

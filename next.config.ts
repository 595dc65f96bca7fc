import type { NextConfig } from "next";
import { config } from "./lib/config";
import { SEARCH_CACHE_CONTROL } from "./lib/search/http";
import { defaultEdition, editionList } from "./lib/editions/registry";

// Security headers on every response, cached pages included: they are route config, so no page turns dynamic
// (decision record 024). No page loads anything from another origin. Scripts and styles may be inline because
// cached, shared pages cannot carry per-request nonces: Next's inline RSC payload scripts, our head script (text
// size, dismissed breaking items) and style attributes (next/image, the ticker) need them.
const policy = (frameAncestors: string) =>
  [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join("; ");

// headers() is read at build time (Next keeps it in the build's routes manifest), like the prerendered canonicals:
// HSTS is sent when the SITE_URL the build was made with is https.
const https = config().siteUrl.startsWith("https://");
const everywhere = [
  { key: "Content-Security-Policy", value: policy("'self'") },
  { key: "X-Frame-Options", value: "SAMEORIGIN" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  ...(https ? [{ key: "Strict-Transport-Security", value: "max-age=31536000" }] : []),
];
// The newsroom and its APIs are never framed, not even by the site itself (a later header overrides an earlier one).
const unframed = [
  { key: "Content-Security-Policy", value: policy("'none'") },
  { key: "X-Frame-Options", value: "DENY" },
];

// Language editions (decision 029): every reader page is app/[edition]/…. The default edition keeps the URLs it
// had (/, /news, /a/<slug>, /feeds/rss.xml): these rewrites send them to its tree before the file system is
// looked at; the others are under their code (/fa/news) and need none. Its code in the URL (/en/news) is not an
// address of its own: it answers 308 to the path without it.
const def = defaultEdition.code;
const otherCodes = editionList.filter((e) => !e.isDefault).map((e) => e.code).join("|");
const readerSections = "a|blogs|news|tags|authors|search|feeds";
// The first segments that are not editions: every other top-level folder of app/ and public/. A first segment that
// is neither (/xx, /xx/news) would reach app/[edition] and fail inside its root layout, where no 404 can be drawn
// in the frame; it goes to a path no route matches instead, which renders app/global-not-found.tsx.
const notEditions = ["api", "newsroom", "media", "og", "sitemaps", "images", "_next", "_dispatch"];
const knownFirst = [...editionList.map((e) => e.code), ...notEditions].join("|");

// Pages and data always go through our cache handler (cache-handler.mjs, lib/cache/): in Redis, shared by every
// instance, with REDIS_URL; in this process's memory only without it. Never Next's file-system cache, which keeps
// pages on disk but expired tags only in memory, so a restart brought back what an unpublish had taken down.
const cache: Partial<NextConfig> = { cacheHandler: require.resolve("./cache-handler.mjs"), cacheMaxMemorySize: 0 };

const nextConfig: NextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ["better-sqlite3", "@redis/client"],
  poweredByHeader: false,
  // Unmatched URLs render app/global-not-found.tsx on its own, so the 404's site frame is not inside every page.
  experimental: { globalNotFound: true },
  // No ETag on pages: Next hashes the whole HTML in JavaScript on every response, cache hits included, which was
  // most of the cost of serving a cached page (decision record 025). Route handlers that want one set their own
  // (/api/breaking's ETag and 304 are unchanged).
  generateEtags: false,
  // Benchmarks and parallel test runs build into their own folder so they never overwrite the main build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  images: {
    // Demo and uploaded images live under /public/images; no remote hosts are allowed.
    formats: ["image/avif", "image/webp"],
    // Few widths on purpose: each is spelled out in every srcset, and a page names its hero four times (img and
    // preload, each in the HTML and the RSC payload). Phones at 1x, 2x and 3x, and the 720 px column at 2x.
    deviceSizes: [375, 750, 1080, 1600],
    // Fixed-size pictures at 1x and 2x: related-story and author thumbnails (96), listing thumbnails (160).
    imageSizes: [96, 160, 192, 320],
  },
  async redirects() {
    return [
      { source: `/${def}`, destination: "/", permanent: true },
      { source: `/${def}/:path*`, destination: "/:path*", permanent: true },
    ];
  },
  async rewrites() {
    return {
      beforeFiles: [
        { source: "/", destination: `/${def}` },
        { source: `/:section(${readerSections})`, destination: `/${def}/:section` },
        { source: `/:section(${readerSections})/:rest*`, destination: `/${def}/:section/:rest*` },
      ],
      // After the file system (public files, robots.txt, sitemap.xml), before the dynamic [edition] segment.
      afterFiles: [{ source: `/:first((?!(?:${knownFirst})(?![^/]))[^/]+)/:rest*`, destination: "/_dispatch/no-such-edition" }],
    };
  },
  async headers() {
    return [
      { source: "/:path*", headers: everywhere },
      ...["/newsroom/:path*", "/api/newsroom/:path*", "/api/admin/:path*"].map((source) => ({ source, headers: unframed })),
      // Search results are rendered per request; Next keeps a Cache-Control set here instead of its no-store default.
      { source: "/search", headers: [{ key: "Cache-Control", value: SEARCH_CACHE_CONTROL }] },
      { source: `/:edition(${otherCodes})/search`, headers: [{ key: "Cache-Control", value: SEARCH_CACHE_CONTROL }] },
    ];
  },
  ...cache,
};

export default nextConfig;

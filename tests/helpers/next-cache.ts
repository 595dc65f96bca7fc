import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { configureDispatchCache, DispatchCacheHandler } from "@/lib/cache/next-cache-handler.mjs";

/**
 * The cache handler as Next.js 16.4 drives it, for the cache tests: the context `next start` gives every handler
 * it constructs, and entries shaped as Next stores pages and `unstable_cache` data.
 */

export type Entry = { value: Record<string, unknown> | null; cacheControl?: unknown; lastModified?: number } | null;

/** Configures the process's cache (Redis or memory) and makes a handler over a fresh, empty dist dir. */
export function cacheHandlerInTempDist(options: Parameters<typeof configureDispatchCache>[0]) {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), "dispatch-cache-"));
  fs.mkdirSync(path.join(dist, "server"));
  const context = () => ({ dev: false, serverDistDir: path.join(dist, "server"), revalidatedTags: [], maxMemoryCacheSize: 0 });
  configureDispatchCache(options);
  return {
    dist,
    /** Next makes a handler per request; each sees the same store. */
    newHandler: () => new DispatchCacheHandler(context() as never),
    removeDist: () => fs.rmSync(dist, { recursive: true, force: true }),
  };
}

/** As Next.js 16 calls it (lib/content/revalidate.next.ts asks for `{ expire: 0 }`). */
export const expireTags = (handler: DispatchCacheHandler, tags: string | string[]) =>
  (handler as unknown as { revalidateTag(t: string | string[], d: object): Promise<void> }).revalidateTag(tags, { expire: 0 });

/** An app-router page entry carrying `tags` (comma-separated, as in x-next-cache-tags). */
export function pageEntry(html: string, tags: string) {
  return {
    kind: "APP_PAGE",
    html,
    rscData: Buffer.from(`rsc:${html}`),
    headers: { "x-next-cache-tags": tags },
    postponed: undefined,
    status: 200,
    segmentData: new Map([["/_tree", Buffer.from("tree")]]),
  };
}

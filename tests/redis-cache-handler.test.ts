import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DispatchCacheHandler } from "@/lib/cache/next-cache-handler.mjs";
import { createRedisClient } from "@/lib/cache/redis-client.mjs";
import { unlinkByPrefix } from "@/lib/cache/shared-cache.mjs";
import { readCacheStatus } from "@/lib/cache/status.mjs";
import { cacheHandlerInTempDist, expireTags, pageEntry as page, type Entry } from "./helpers/next-cache";

/**
 * The handler as Next.js drives it (cache-handler.mjs): pages and `unstable_cache` data in the real Redis, with
 * the calls and shapes Next.js 16.4 uses. One handler per process (the package configures it once), so the
 * two-instance behaviour is in redis-cache.test.ts and the e2e-scale suite.
 */

const REDIS_URL = process.env.REDIS_TEST_URL || "redis://127.0.0.1:6379";
const prefix = `dispatch-test:${process.pid}-${Math.random().toString(36).slice(2)}:`;
const onceOnly = process.env.TEST_STORE === "postgres";

let handler: DispatchCacheHandler;
let newHandler: () => DispatchCacheHandler;
let removeDist: () => void;

beforeAll(() => {
  ({ newHandler, removeDist } = cacheHandlerInTempDist({ redisUrl: REDIS_URL, keyPrefix: prefix }));
  handler = newHandler();
});

afterAll(async () => {
  const c = createRedisClient(REDIS_URL);
  await c.connect();
  await unlinkByPrefix(c, prefix);
  c.destroy();
  removeDist();
});

const get = async (key: string, ctx: object) => (await handler.get(key, ctx as never)) as unknown as Entry;
const set = (key: string, value: object, ctx: object) => handler.set(key, value as never, ctx as never);
const expire = (tags: string | string[]) => expireTags(handler, tags);


describe.skipIf(onceOnly)("Next.js cache handler over Redis", () => {
  it("stores a page with its lifetime, so another instance does not think it stale", async () => {
    await set("/a/first", page("<p>first</p>", "breaking,article:first,_N_T_/a/first"), {
      cacheControl: { revalidate: 300, expire: 31536000 },
      isRoutePPREnabled: false,
    });
    // A second handler object, as Next.js makes one per request: same shared store.
    const other = newHandler();
    const got = (await other.get("/a/first", { kind: "APP_PAGE", isFallback: false } as never)) as unknown as Entry;
    expect(got?.cacheControl).toEqual({ revalidate: 300, expire: 31536000 });
    expect(got?.value).toMatchObject({ kind: "APP_PAGE", html: "<p>first</p>", status: 200 });
    expect(Object.keys(got?.value ?? {})).not.toContain("dispatchCacheControl");
    expect((got?.value?.rscData as Buffer).toString()).toBe("rsc:<p>first</p>");
    expect((got?.value?.segmentData as Map<string, Buffer>).get("/_tree")?.toString()).toBe("tree");
    expect(readCacheStatus()).toMatchObject({ serving: "redis" });
  });

  it("expires pages by the tags they were rendered with (revalidateTag with expire: 0)", async () => {
    await set("/a/second", page("<p>second</p>", "breaking,article:second"), { cacheControl: { revalidate: 300 } });
    await set("/news", page("<p>news</p>", "articles"), { cacheControl: { revalidate: 300 } });
    await expire(["article:second"]);
    expect(await get("/a/second", { kind: "APP_PAGE" })).toBeNull();
    expect((await get("/news", { kind: "APP_PAGE" }))?.value).toMatchObject({ html: "<p>news</p>" });
    await expire("breaking");
    expect(await get("/a/first", { kind: "APP_PAGE" })).toBeNull();
  });

  it("keeps unstable_cache data under its tags", async () => {
    const data = { kind: "FETCH", data: { headers: {}, body: '{"title":"A"}', status: 200, url: "" }, revalidate: 300 };
    const ctx = { fetchCache: true, tags: ["articles", "article:a"], revalidate: 300 };
    await set("data-key", data, ctx);
    const hit = await get("data-key", { kind: "FETCH", tags: ctx.tags, softTags: [] });
    expect(hit?.value).toMatchObject({ kind: "FETCH", data: { body: '{"title":"A"}' } });
    expect(hit?.cacheControl).toBeUndefined();
    await expire(["articles"]);
    expect(await get("data-key", { kind: "FETCH", tags: ctx.tags, softTags: [] })).toBeNull();
  });
});

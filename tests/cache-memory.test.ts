import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cacheMemoryBytes, DEFAULT_CACHE_MEMORY_MB } from "@/lib/cache/memory-budget.mjs";
import { createMemoryHandler, entrySize } from "@/lib/cache/memory-cache.mjs";
import type { DispatchCacheHandler } from "@/lib/cache/next-cache-handler.mjs";
import { readSecondPass } from "@/lib/cache/second-pass.mjs";
import { cacheHandlerInTempDist, expireTags, pageEntry as page, type Entry } from "./helpers/next-cache";

/**
 * The cache a single instance uses without REDIS_URL (cache-handler.mjs): pages and `unstable_cache` data in
 * memory only, bounded, expired by tag, nothing written to disk, so a restarted server starts empty. The restart
 * itself, against real servers, is e2e-scale/restart.spec.ts.
 */

const onceOnly = process.env.TEST_STORE === "postgres";

let dist: string;
let handler: DispatchCacheHandler;
let newHandler: () => DispatchCacheHandler;
let removeDist: () => void;

beforeAll(() => {
  ({ dist, newHandler, removeDist } = cacheHandlerInTempDist({ redisUrl: undefined }));
  handler = newHandler();
});

afterAll(() => removeDist());

const get = async (h: DispatchCacheHandler, key: string, ctx: object) => (await h.get(key, ctx as never)) as unknown as Entry;
const set = (key: string, value: object, ctx: object) => handler.set(key, value as never, ctx as never);
const expire = (tags: string | string[]) => expireTags(handler, tags);
const pageCtx = { kind: "APP_PAGE", isFallback: false };


function data(body: unknown) {
  return { kind: "FETCH", data: { headers: {}, body: JSON.stringify(body), status: 200, url: "" }, revalidate: 300 };
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => d.name);
}

describe.skipIf(onceOnly)("the single-instance cache (no REDIS_URL)", () => {
  it("serves a stored page with its lifetime, to every handler Next.js makes in this process", async () => {
    await set("/a/first", page("<p>first</p>", "breaking,article:first,_N_T_/a/first"), {
      cacheControl: { revalidate: 300, expire: 31536000 },
      isRoutePPREnabled: false,
    });
    const other = newHandler();
    const got = await get(other, "/a/first", pageCtx);
    expect(got?.cacheControl).toEqual({ revalidate: 300, expire: 31536000 });
    expect(got?.value).toMatchObject({ kind: "APP_PAGE", html: "<p>first</p>", status: 200 });
    expect((got?.value?.rscData as Buffer).toString()).toBe("rsc:<p>first</p>");
  });

  it("expires pages and data by tag at once", async () => {
    await set("/a/second", page("<p>second</p>", "breaking,article:second,articles"), { cacheControl: { revalidate: 300 } });
    await set("/about", page("<p>about</p>", "breaking"), { cacheControl: { revalidate: 300 } });
    await set("data-second", data({ title: "second" }), { fetchCache: true, tags: ["article:second", "articles"], revalidate: 300 });
    expect(await get(handler, "data-second", { kind: "FETCH", tags: ["article:second", "articles"], softTags: [] })).not.toBeNull();

    await expire(["article:second"]);
    expect(await get(handler, "/a/second", pageCtx)).toBeNull();
    expect(await get(handler, "data-second", { kind: "FETCH", tags: ["article:second", "articles"], softTags: [] })).toBeNull();
    expect((await get(handler, "/about", pageCtx))?.value).toMatchObject({ html: "<p>about</p>" });
  });

  it("refuses what a render in flight during a write stores after the write expired its tags", async () => {
    const pause = () => new Promise((r) => setTimeout(r, 5));
    const ctx = { kind: "APP_PAGE", isFallback: false };
    await set("/a/race", page("<p>published</p>", "article:race,articles"), { cacheControl: { revalidate: 300 } });
    await expire("articles"); // another write: the page is gone
    expect(await get(handler, "/a/race", ctx)).toBeNull(); // the miss: a render begins, reading the article
    await pause();
    await expire(["article:race", "articles"]); // meanwhile the article is unpublished
    await pause();
    await set("/a/race", page("<p>published</p>", "article:race,articles"), { cacheControl: { revalidate: 300 } });
    expect(await get(handler, "/a/race", ctx)).toBeNull(); // not kept: the next request renders again
    await pause();
    await set("/a/race", page("<p>gone</p>", "article:race,articles"), { cacheControl: { revalidate: 300 } });
    expect((await get(handler, "/a/race", ctx))?.value).toMatchObject({ html: "<p>gone</p>" });
    // Data the same way.
    const dataCtx = { kind: "FETCH", tags: ["article:race", "articles"], softTags: [] };
    expect(await get(handler, "data-race", dataCtx)).toBeNull();
    await pause();
    await expire("article:race");
    await pause();
    await set("data-race", data({ status: "published" }), { fetchCache: true, tags: ["article:race", "articles"], revalidate: 300 });
    expect(await get(handler, "data-race", dataCtx)).toBeNull();
  });

  it("a write's second pass drops what began rendering before the write, and keeps what was rendered since", async () => {
    const pause = () => new Promise((r) => setTimeout(r, 5));
    const ctx = { kind: "APP_PAGE", isFallback: false };
    expect(await get(handler, "/a/before", ctx)).toBeNull(); // a render begins...
    await pause();
    const write = Date.now(); // ...the write commits (its first expiry has nothing to remove yet)...
    await pause();
    await set("/a/before", page("<p>old</p>", "article:second-pass,articles"), { cacheControl: { revalidate: 300 } }); // ...and it is stored
    expect(await get(handler, "/a/after", ctx)).toBeNull(); // a render that began after the write
    await set("/a/after", page("<p>new</p>", "article:second-pass,articles"), { cacheControl: { revalidate: 300 } });
    await set("/a/untouched", page("<p>other</p>", "article:other"), { cacheControl: { revalidate: 300 } });

    await readSecondPass()!([{ tag: "article:second-pass", since: write }]);
    expect(await get(handler, "/a/before", ctx)).toBeNull();
    expect((await get(handler, "/a/after", ctx))?.value).toMatchObject({ html: "<p>new</p>" });
    expect((await get(handler, "/a/untouched", ctx))?.value).toMatchObject({ html: "<p>other</p>" });
  });

  it("expires a route handler's response (feeds, sitemaps) by the tags in its x-next-cache-tags header", async () => {
    const route = (xml: string) => ({
      kind: "APP_ROUTE",
      body: Buffer.from(xml),
      status: 200,
      headers: { "content-type": "application/xml", "x-next-cache-tags": "articles,_N_T_/layout,_N_T_/sitemaps/news.xml" },
    });
    // As Next.js 16.4 stores a route handler's answer: no tags in the context, only in the header.
    await set("/sitemaps/news.xml", route("<urlset>a</urlset>"), { cacheControl: { revalidate: 300 }, isFallback: false });
    const ctx = { kind: "APP_ROUTE", isFallback: false };
    expect((await get(handler, "/sitemaps/news.xml", ctx))?.value).toMatchObject({ kind: "APP_ROUTE", status: 200 });
    await expire(["article:unrelated"]);
    expect(await get(handler, "/sitemaps/news.xml", ctx)).not.toBeNull();
    await expire(["articles"]);
    expect(await get(handler, "/sitemaps/news.xml", ctx)).toBeNull();
  });

  it("expires by path (Next.js's implicit tags) what was stored before, not what is stored after", async () => {
    await set("data-path", data({ n: 1 }), { fetchCache: true, tags: ["x"], revalidate: 300 });
    const soft = { kind: "FETCH", tags: ["x"], softTags: ["_N_T_/layout", "_N_T_/news"] };
    expect(await get(handler, "data-path", soft)).not.toBeNull();
    await expire("_N_T_/news");
    await new Promise((r) => setTimeout(r, 5));
    expect(await get(handler, "data-path", soft)).toBeNull(); // a render begins, after the expiry
    await set("data-path", data({ n: 2 }), { fetchCache: true, tags: ["x"], revalidate: 300 });
    expect(await get(handler, "data-path", soft)).not.toBeNull();
  });

  it("writes nothing to disk: a restarted server starts with an empty cache", async () => {
    await set("/news", page("<p>news</p>", "articles"), { cacheControl: { revalidate: 300 } });
    expect(filesUnder(dist)).toEqual([]);
  });
});

describe.skipIf(onceOnly)("the memory handler's bounds", () => {
  const entry = (key: string, bytes: number, tags: string[] = []) => ({
    lastModified: Date.now(),
    lifespan: null,
    tags,
    value: { kind: "APP_PAGE", html: "x".repeat(bytes), rscData: Buffer.alloc(0), headers: {}, status: 200 },
    key,
  });

  it("counts an entry's strings and buffers", () => {
    const small = entrySize(entry("a", 10) as never);
    const large = entrySize(entry("a", 100_000) as never);
    expect(large - small).toBe(100_000 - 10);
    const withBuffers = { ...entry("b", 0), value: { ...entry("b", 0).value, rscData: Buffer.alloc(4096), segmentData: new Map([["/_tree", Buffer.alloc(1024)]]) } };
    expect(entrySize(withBuffers as never) - entrySize(entry("b", 0) as never)).toBe(4096 + 1024 + "/_tree".length + "segmentData".length);
  });

  it("drops the least recently used entries past its byte budget", async () => {
    const memory = createMemoryHandler({ maxBytes: 50_000 });
    const meta = { implicitTags: [] };
    for (const key of ["a", "b", "c"]) await memory.set(key, entry(key, 15_000) as never);
    await memory.get("a", meta); // a is now the most recently used
    await memory.set("d", entry("d", 15_000) as never);
    expect(await memory.get("b", meta)).toBeNull();
    for (const key of ["a", "c", "d"]) expect(await memory.get(key, meta), key).not.toBeNull();
    // An entry larger than the whole budget is not kept (and evicts nothing).
    await memory.set("huge", entry("huge", 60_000) as never);
    expect(await memory.get("huge", meta)).toBeNull();
    expect(await memory.get("a", meta)).not.toBeNull();
  });

  it("drops the least recently used entries past its entry count", async () => {
    const memory = createMemoryHandler({ maxBytes: 1_000_000, maxEntries: 2 });
    const meta = { implicitTags: [] };
    for (const key of ["a", "b", "c"]) await memory.set(key, entry(key, 10) as never);
    expect(await memory.get("a", meta)).toBeNull();
    expect(await memory.get("c", meta)).not.toBeNull();
  });
});

describe("CACHE_MEMORY_MB", () => {
  it("defaults to 128 MB and takes whole megabytes", () => {
    expect(DEFAULT_CACHE_MEMORY_MB).toBe(128);
    expect(cacheMemoryBytes({})).toBe(128 * 1024 * 1024);
    expect(cacheMemoryBytes({ CACHE_MEMORY_MB: "" })).toBe(128 * 1024 * 1024);
    expect(cacheMemoryBytes({ CACHE_MEMORY_MB: "512" })).toBe(512 * 1024 * 1024);
  });

  it("rejects anything else with a message naming the variable", () => {
    for (const wrong of ["0", "-5", "1.5", "lots", "1e3", "70000"]) {
      expect(() => cacheMemoryBytes({ CACHE_MEMORY_MB: wrong }), wrong).toThrow(/^CACHE_MEMORY_MB: must be a whole number of megabytes from 1 to 65536/);
    }
  });
});

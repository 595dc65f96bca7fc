import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { CacheHandlerValue } from "@fortedigital/nextjs-cache-handler/cache-handler.types";
import { createBreakingSnapshot } from "@/lib/breaking/snapshot";
import { postBreaking } from "@/lib/breaking/store";
import { startBreakingWatcher } from "@/lib/breaking/watcher";
import { createRedisClient } from "@/lib/cache/redis-client.mjs";
import { createSharedCache, unlinkByPrefix } from "@/lib/cache/shared-cache.mjs";
import type { Db } from "@/lib/db/connection";
import { tempDb } from "./helpers/temp-db";

/**
 * Breaking news with two instances sharing the real Redis and one database: a write made elsewhere (the CLI,
 * another instance) reaches both instances' snapshots through the version row, each instance's watcher expires
 * the `breaking` tag in the shared cache, and a page stored from an old render just after the first expiry is
 * dropped by the second.
 */

const REDIS_URL = process.env.REDIS_TEST_URL || "redis://127.0.0.1:6379";
const prefix = `dispatch-test:${process.pid}-${Math.random().toString(36).slice(2)}:`;
const meta = { implicitTags: [] as string[] };

let db: Db;
let cleanup: () => Promise<void>;
const stops: Array<() => void> = [];

beforeEach(async () => ({ db, cleanup } = await tempDb()));
afterEach(async () => {
  for (const stop of stops.splice(0)) stop();
  await cleanup();
});
afterAll(async () => {
  const c = createRedisClient(REDIS_URL);
  await c.connect();
  await unlinkByPrefix(c, prefix);
  c.destroy();
});

async function instance() {
  const client = createRedisClient(REDIS_URL);
  await client.connect();
  const shared = createSharedCache({ client, keyPrefix: prefix, log: { info() {}, warn() {} } });
  await shared.settled(2000);
  stops.push(() => {
    shared.close();
    client.destroy();
  });
  const snapshot = createBreakingSnapshot(() => db, { maxAgeMs: 0 });
  const expiries = vi.fn(() => shared.handler.revalidateTag("breaking"));
  return { cache: shared.handler, snapshot, expiries };
}

function page(html: string): CacheHandlerValue {
  const now = Date.now();
  const at = Math.floor(now / 1000);
  return {
    lastModified: now,
    lifespan: { lastModifiedAt: at, staleAt: at + 300, expireAt: at + 450, staleAge: 300, expireAge: 450, revalidate: 300 },
    tags: ["breaking", "_N_T_/news"],
    value: { kind: "APP_PAGE", html, rscData: undefined, headers: {}, postponed: undefined, status: 200, segmentData: undefined },
  } as unknown as CacheHandlerValue;
}
const htmlOf = (v: CacheHandlerValue | null | undefined) => (v?.value as { html?: string } | null | undefined)?.html ?? null;

describe("breaking news across instances sharing the cache", () => {
  it("expires the pages in the shared cache from every instance when the CLI posts an item", async () => {
    const a = await instance();
    const b = await instance();
    const key = `news-${Math.random()}`;
    await a.cache.set(key, page("<p>no breaking news</p>"));
    for (const i of [a, b]) {
      stops.push(startBreakingWatcher({ intervalMs: 50, onChange: i.expiries, snapshot: i.snapshot, expireAgain: true }));
    }
    await new Promise((r) => setTimeout(r, 120)); // both watchers have had their first look
    expect(htmlOf(await b.cache.get(key, meta))).toBe("<p>no breaking news</p>");

    await postBreaking(db, { headline: "Bridge closed after collision" }); // as the newsroom CLI does
    // Each instance expires the tag when its own snapshot has the item (and once more a round later): harmless.
    await vi.waitFor(() => {
      expect(a.expiries).toHaveBeenCalledTimes(2);
      expect(b.expiries).toHaveBeenCalledTimes(2);
    });
    expect(await a.cache.get(key, meta)).toBeNull();
    expect(await b.cache.get(key, meta)).toBeNull();
    for (const i of [a, b]) expect((await i.snapshot.get()).items.map((x) => x.headline)).toEqual(["Bridge closed after collision"]);
    // The shared cache works on afterwards.
    await b.cache.set(key, page("<p>with the banner</p>"));
    expect(htmlOf(await a.cache.get(key, meta))).toBe("<p>with the banner</p>");
  });

  it("drops a page stored from an old render just after the first expiry, with expireAgain", async () => {
    const a = await instance();
    const key = `news-${Math.random()}`;
    stops.push(startBreakingWatcher({ intervalMs: 100, onChange: a.expiries, snapshot: a.snapshot, expireAgain: true }));
    await new Promise((r) => setTimeout(r, 150));
    await postBreaking(db, { headline: "Bridge closed after collision" });
    await vi.waitFor(() => expect(a.expiries).toHaveBeenCalledTimes(1), { interval: 5 });
    await a.expiries.mock.results[0].value;
    // A render that read the old items before this instance noticed the change lands now, after the expiry.
    await a.cache.set(key, page("<p>stale render</p>"));
    expect(htmlOf(await a.cache.get(key, meta))).toBe("<p>stale render</p>");
    await vi.waitFor(() => expect(a.expiries).toHaveBeenCalledTimes(2));
    await a.expiries.mock.results[1].value;
    expect(await a.cache.get(key, meta)).toBeNull();
    await new Promise((r) => setTimeout(r, 250));
    expect(a.expiries).toHaveBeenCalledTimes(2); // and not again without a change
  });

  it("expires once per change without expireAgain", async () => {
    const a = await instance();
    stops.push(startBreakingWatcher({ intervalMs: 20, onChange: a.expiries, snapshot: a.snapshot }));
    await new Promise((r) => setTimeout(r, 60));
    await postBreaking(db, { headline: "Storm warning lifted" });
    await vi.waitFor(() => expect(a.expiries).toHaveBeenCalledTimes(1));
    await new Promise((r) => setTimeout(r, 100));
    expect(a.expiries).toHaveBeenCalledTimes(1);
  });
});

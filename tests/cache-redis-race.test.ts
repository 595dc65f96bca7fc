import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, describe, expect, it } from "vitest";
import type { CacheHandlerValue } from "@fortedigital/nextjs-cache-handler/cache-handler.types";
import { createRedisClient, type RedisClient } from "@/lib/cache/redis-client.mjs";
import { createSharedCache, pruneExpiryTimes, REVALIDATED_TAGS, unlinkByPrefix } from "@/lib/cache/shared-cache.mjs";

/**
 * A render in flight during a write, with the cache in Redis (the real one, REDIS_TEST_URL): every expiry's time
 * is recorded where @fortedigital/nextjs-cache-handler's reads compare it with an entry's `lastModified` (the start
 * of its render, next-cache-handler.mjs), so what such a render stores after the expiry is dropped by whichever
 * instance reads it. Guards our use of the package's `__revalidated_tags__` hash across upgrades.
 */

const REDIS_URL = process.env.REDIS_TEST_URL || "redis://127.0.0.1:6379";
const prefix = `dispatch-test:${process.pid}-${Math.random().toString(36).slice(2)}:`;
const onceOnly = process.env.TEST_STORE === "postgres";
const clients: RedisClient[] = [];
const closers: Array<() => void> = [];

async function instance() {
  const client = createRedisClient(REDIS_URL);
  await client.connect();
  clients.push(client);
  const shared = createSharedCache({ client, keyPrefix: prefix, log: { info: () => {}, warn: () => {} } });
  closers.push(shared.close);
  expect(await shared.settled(2000)).toBe("redis");
  return { ...shared, client };
}

afterAll(async () => {
  for (const close of closers) close();
  if (clients[0]) await unlinkByPrefix(clients[0], prefix);
  for (const c of clients) c.destroy();
});

/** An `unstable_cache` entry whose render began at `began`. */
function entry(text: string, tags: string[], began: number): CacheHandlerValue {
  const at = Math.floor(Date.now() / 1000);
  return {
    lastModified: began,
    lifespan: { lastModifiedAt: at, staleAt: at + 300, expireAt: at + 450, staleAge: 300, expireAge: 450, revalidate: 300 },
    tags,
    value: { kind: "FETCH", data: { headers: {}, body: text, status: 200, url: "" }, revalidate: 300 },
  } as unknown as CacheHandlerValue;
}
const meta = { implicitTags: [] as string[] };
const bodyOf = (v: CacheHandlerValue | null | undefined) => (v?.value as { data?: { body?: string } } | null)?.data?.body ?? null;

describe.skipIf(onceOnly)("a render in flight during a write, in Redis", () => {
  it("is dropped by every instance, while a render begun after the write is kept", async () => {
    const a = await instance();
    const b = await instance();
    const began = Date.now(); // B starts rendering from the old rows
    await sleep(5);
    await a.handler.revalidateTag("article:raced"); // A's write expires the tag
    await sleep(5);
    await b.handler.set("raced", entry("old", ["article:raced", "articles"], began)); // B stores after the expiry
    expect(await a.handler.get("raced", meta)).toBeNull();
    expect(await b.handler.get("raced", meta)).toBeNull();

    const fresh = Date.now();
    await b.handler.set("raced", entry("new", ["article:raced", "articles"], fresh));
    expect(bodyOf(await a.handler.get("raced", meta))).toBe("new");
    expect(Number(await a.client.hExists(prefix + REVALIDATED_TAGS, "article:raced"))).toBe(1);
  });

  it("forgets old expiry times, but never Next.js's implicit path tags", async () => {
    const { client } = await instance();
    const hash = `${prefix}prune-test`;
    const now = Date.now();
    await client.hSet(hash, { "article:old": String(now - 3_600_000), "article:new": String(now), "_N_T_/news": String(now - 3_600_000) });
    await pruneExpiryTimes(client, hash, now - 600_000);
    expect((await client.hKeys(hash)).sort()).toEqual(["_N_T_/news", "article:new"]);
  });
});

import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import type { CacheHandlerValue } from "@fortedigital/nextjs-cache-handler/cache-handler.types";
import { createRedisClient, type RedisClient } from "@/lib/cache/redis-client.mjs";
import { createSharedCache, unlinkByPrefix } from "@/lib/cache/shared-cache.mjs";
import { TcpProxy } from "../e2e-scale/support/tcp-proxy";
import { ConfigError, parseConfig } from "@/lib/config";

/**
 * The shared cache against the real Redis (REDIS_TEST_URL, default 127.0.0.1:6379): several "instances" in one
 * process, each with its own connection, as several servers would have. Outages are made with a TCP proxy in
 * front of Redis (closed or stalled) or a closed port, never by stopping the real Redis. Every key this file
 * writes is under its own prefix and deleted at the end.
 */

const REDIS_URL = process.env.REDIS_TEST_URL || "redis://127.0.0.1:6379";
const CLOSED_PORT_URL = "redis://127.0.0.1:6390";
const prefix = `dispatch-test:${process.pid}-${Math.random().toString(36).slice(2)}:`;

// The store under test does not matter here: run once, in the sqlite project.
const onceOnly = process.env.TEST_STORE === "postgres";

type Instance = ReturnType<typeof createSharedCache> & { client: RedisClient; log: { info: string[]; warn: string[] } };
const opened: Instance[] = [];

async function instance(url = REDIS_URL, options: { timeoutMs?: number; memoryMaxAgeSeconds?: number; probeIntervalMs?: number } = {}) {
  const client = createRedisClient(url, { timeoutMs: options.timeoutMs ?? 500 });
  client.connect().catch(() => {});
  const log = { info: [] as string[], warn: [] as string[] };
  const shared = createSharedCache({
    client,
    keyPrefix: prefix,
    probeIntervalMs: 100,
    log: { info: (m) => log.info.push(m), warn: (m) => log.warn.push(m) },
    ...options,
  });
  const made: Instance = { ...shared, client, log };
  opened.push(made);
  await shared.settled(2000);
  return made;
}

let n = 0;
const key = (what: string) => `${what}-${++n}`;

/** An `unstable_cache` entry as Next.js hands it to the handler. */
function entry(text: string, tags: string[]): CacheHandlerValue {
  const now = Date.now();
  const at = Math.floor(now / 1000);
  return {
    lastModified: now,
    lifespan: { lastModifiedAt: at, staleAt: at + 300, expireAt: at + 450, staleAge: 300, expireAge: 450, revalidate: 300 },
    tags,
    value: { kind: "FETCH", data: { headers: {}, body: text, status: 200, url: "" }, revalidate: 300 },
  } as unknown as CacheHandlerValue;
}

const bodyOf = (v: CacheHandlerValue | null | undefined) =>
  (v?.value as { data?: { body?: string } } | null | undefined)?.data?.body ?? null;
const meta = { implicitTags: [] as string[] };

async function waitFor(what: string, ok: () => boolean, ms = 5000) {
  const until = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

afterEach(async () => {
  for (const i of opened.splice(0)) {
    i.close();
    i.client.destroy();
  }
});

afterAll(async () => {
  const c = createRedisClient(REDIS_URL);
  await c.connect();
  await unlinkByPrefix(c, prefix);
  expect(await c.keys(`${prefix}*`)).toEqual([]);
  c.destroy();
});

describe.skipIf(onceOnly)("shared cache in Redis", () => {
  it("serves an entry written by one instance to another", async () => {
    const [a, b] = [await instance(), await instance()];
    expect(a.status().serving).toBe("redis");
    const k = key("shared");
    await a.handler.set(k, entry("from A", ["articles"]));
    expect(bodyOf(await b.handler.get(k, meta))).toBe("from A");
    expect(await b.handler.get(key("absent"), meta)).toBeNull();
  });

  it("expires a tag for every instance when one expires it, and only that tag", async () => {
    const [a, b] = [await instance(), await instance()];
    const [k1, k2] = [key("tagged"), key("other")];
    await a.handler.set(k1, entry("page", ["breaking", "article:one"]));
    await a.handler.set(k2, entry("other page", ["article:two"]));
    await b.handler.revalidateTag("breaking");
    expect(await a.handler.get(k1, meta)).toBeNull();
    expect(await b.handler.get(k1, meta)).toBeNull();
    expect(bodyOf(await a.handler.get(k2, meta))).toBe("other page");
  });

  it("takes the same tag expired by several instances at once without harm", async () => {
    const [a, b, c] = [await instance(), await instance(), await instance()];
    const ks = [key("p"), key("p"), key("p")];
    for (const k of ks) await a.handler.set(k, entry(k, ["breaking"]));
    await Promise.all([a, b, c, a, b].map((i) => i.handler.revalidateTag("breaking")));
    for (const k of ks) expect(await c.handler.get(k, meta)).toBeNull();
    // The cache works on afterwards, for everyone.
    const k = key("after");
    await b.handler.set(k, entry("fresh", ["breaking"]));
    expect(bodyOf(await a.handler.get(k, meta))).toBe("fresh");
    for (const i of [a, b, c]) {
      expect(i.status().serving).toBe("redis");
      expect(i.log.warn).toEqual([]);
    }
  });

  it("serves from this instance's memory, without waiting, when Redis cannot be reached; logs it once", async () => {
    const down = await instance(CLOSED_PORT_URL);
    expect(down.status()).toMatchObject({ serving: "memory" });
    const started = performance.now();
    const k = key("offline");
    await down.handler.set(k, entry("kept in memory", ["articles"]));
    for (let i = 0; i < 20; i++) expect(bodyOf(await down.handler.get(k, meta))).toBe("kept in memory");
    await down.handler.revalidateTag("articles");
    expect(await down.handler.get(k, meta)).toBeNull();
    expect(performance.now() - started).toBeLessThan(200);
    await sleep(400); // several failed reconnects and probes later…
    expect(down.log.warn).toHaveLength(1);
    expect(down.log.warn[0]).toMatch(/Redis is unreachable.*memory/);
  });

  it("keeps outage entries in memory only briefly, since other instances' changes cannot reach them", async () => {
    const down = await instance(CLOSED_PORT_URL, { memoryMaxAgeSeconds: 1 });
    const k = key("short");
    await down.handler.set(k, entry("brief", []));
    expect(bodyOf(await down.handler.get(k, meta))).toBe("brief");
    await sleep(2100);
    expect(await down.handler.get(k, meta)).toBeNull();
  });

  it("returns to Redis by itself and expires there the tags changed during the outage", async () => {
    const proxy = await TcpProxy.start(REDIS_URL);
    try {
      const a = await instance();
      const b = await instance(proxy.url);
      const [stale, kept] = [key("stale"), key("kept")];
      await a.handler.set(stale, entry("before the change", ["article:x"]));
      await a.handler.set(kept, entry("untouched", ["article:y"]));
      expect(bodyOf(await b.handler.get(stale, meta))).toBe("before the change");

      await proxy.stop();
      await waitFor("B to notice the outage", () => b.status().serving === "memory");
      // B takes a write during the outage: pages keep working from its memory, the tag is remembered.
      await b.handler.revalidateTag("article:x");
      expect(await b.handler.get(stale, meta)).toBeNull();
      expect(bodyOf(await a.handler.get(stale, meta))).toBe("before the change"); // Redis did not hear of it yet

      await proxy.listen();
      await waitFor("B to use Redis again", () => b.status().serving === "redis");
      expect(await a.handler.get(stale, meta)).toBeNull();
      expect(bodyOf(await b.handler.get(kept, meta))).toBe("untouched");
      expect(b.log.warn).toHaveLength(1);
      expect(b.log.warn[0]).toMatch(/lost Redis/);
      expect(b.log.info.at(-1)).toMatch(/Redis is back.*expired 1 tag/);
    } finally {
      await proxy.stop();
    }
  });

  it("gives up on a Redis that hangs after the timeout, and comes back when it answers again", async () => {
    const proxy = await TcpProxy.start(REDIS_URL);
    try {
      const b = await instance(proxy.url, { timeoutMs: 150 });
      const k = key("hang");
      await b.handler.set(k, entry("shared", []));
      proxy.stall(true);
      const started = performance.now();
      expect(await b.handler.get(k, meta)).toBeNull(); // memory, which is empty
      expect(performance.now() - started).toBeLessThan(400);
      expect(b.status()).toMatchObject({ serving: "memory", error: expect.stringMatching(/within 150 ms/) });
      proxy.stall(false);
      await waitFor("B to use Redis again", () => b.status().serving === "redis");
      expect(bodyOf(await b.handler.get(k, meta))).toBe("shared");
    } finally {
      await proxy.stop();
    }
  });
});

describe("REDIS_URL", () => {
  it("is optional, and a wrong one stops the server with a message naming it", () => {
    expect(parseConfig({}).redisUrl).toBeUndefined();
    expect(parseConfig({ REDIS_URL: "redis://127.0.0.1:6379" }).redisUrl).toBe("redis://127.0.0.1:6379");
    expect(parseConfig({ REDIS_URL: "rediss://cache.example.org:6380/0" }).redisUrl).toBe("rediss://cache.example.org:6380/0");
    for (const wrong of ["127.0.0.1:6379", "http://127.0.0.1:6379", "redis://"]) {
      expect(() => parseConfig({ REDIS_URL: wrong }), wrong).toThrow(ConfigError);
      expect(() => parseConfig({ REDIS_URL: wrong }), wrong).toThrow(/REDIS_URL: must be a Redis URL such as redis:\/\/127\.0\.0\.1:6379/);
    }
  });
});

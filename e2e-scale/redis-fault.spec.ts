import { spawn, type ChildProcess } from "node:child_process";
import type { APIRequestContext } from "@playwright/test";
import { test, expect } from "../e2e/support/fixtures";
import {
  A,
  BREAKING_POLL_SECONDS,
  EXTRA_PORT,
  PROXY_PORT,
  SCALE_DATABASE_URL,
  SCALE_DIST_DIR,
  SCALE_REDIS_URL,
  SCALE_SITE_URL,
} from "./support/env";
import { TcpProxy } from "./support/tcp-proxy";

/**
 * Redis faults on a real instance, without stopping the Redis everyone else uses: one more instance (C) reaches
 * Redis through a TCP proxy that the test closes and opens. C must answer throughout, report its state in
 * /api/health, log each change once, and use Redis again when it returns, without a restart.
 */

test.describe.configure({ mode: "serial" });

const C = `http://127.0.0.1:${EXTRA_PORT}`;
const proxy = TcpProxy.closed(SCALE_REDIS_URL || "redis://127.0.0.1:6379", PROXY_PORT);
let server: ChildProcess | undefined;
const output: string[] = [];

test.beforeAll(async ({ request }) => {
  test.skip(!SCALE_REDIS_URL, "the scale servers run without Redis (REDIS_URL is empty)");
  test.setTimeout(90_000);
  server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(EXTRA_PORT), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      PORT: String(EXTRA_PORT),
      REDIS_URL: proxy.url,
      DATABASE_URL: SCALE_DATABASE_URL,
      NEXT_DIST_DIR: SCALE_DIST_DIR,
      SITE_URL: SCALE_SITE_URL,
      BREAKING_POLL_SECONDS: String(BREAKING_POLL_SECONDS),
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  for (const stream of [server.stdout, server.stderr]) stream?.on("data", (d) => output.push(String(d)));
  await expect
    .poll(async () => (await request.get(`${C}/api/health`).catch(() => null))?.status() ?? 0, { timeout: 60_000 })
    .toBeGreaterThan(0);
});

test.afterAll(async () => {
  server?.kill("SIGTERM");
  await proxy.stop();
});

const logged = (pattern: RegExp) => output.join("").split("\n").filter((l) => pattern.test(l)).length;

async function health(request: APIRequestContext) {
  const res = await request.get(`${C}/api/health`);
  return { code: res.status(), ...(await res.json()) };
}

/** Requests each page a few times, timing them: every answer must be 200 and quick. */
async function readPages(request: APIRequestContext, rounds = 3) {
  const slowest = { ms: 0, url: "" };
  for (let i = 0; i < rounds; i++) {
    for (const path of ["/", "/news", "/blogs"]) {
      const started = Date.now();
      const res = await request.get(`${C}${path}`);
      expect(res.status(), path).toBe(200);
      const ms = Date.now() - started;
      if (ms > slowest.ms) Object.assign(slowest, { ms, url: path });
    }
  }
  return slowest;
}

test("with Redis unreachable from the start, C serves pages from its own memory and reports degraded", async ({ request }) => {
  expect(await health(request)).toMatchObject({ code: 200, status: "degraded", checks: { database: { state: "up" }, cache: { state: "redis-unreachable" } } });
  await readPages(request, 1);
  const again = await request.get(`${C}/news`);
  expect(again.headers()["x-nextjs-cache"]).toBe("HIT"); // from C's memory
  // "connecting" until the handler's first attempt has failed (longer on a busy machine).
  await expect.poll(async () => (await health(request)).checks.cache.serving, { timeout: 10_000 }).toBe("memory");
  expect(logged(/cache: Redis is unreachable/)).toBe(1);
});

test("when Redis comes up, C uses the shared cache, without a restart", async ({ request }) => {
  await proxy.listen();
  await expect.poll(async () => (await health(request)).status, { timeout: 10_000 }).toBe("ok");
  expect((await health(request)).checks.cache).toMatchObject({ state: "redis", serving: "redis" });
  // A page A has cached is a hit on C at once: same store.
  expect((await request.get(`${A}/blogs`)).status()).toBe(200);
  expect((await request.get(`${C}/blogs`)).headers()["x-nextjs-cache"]).toBe("HIT");
});

test("when Redis goes away, C keeps answering quickly, says so once, and recovers when it returns", async ({ request }) => {
  const [lost, back] = [logged(/cache: lost Redis/), logged(/cache: Redis is back/)];
  await proxy.stop();
  const slowest = await readPages(request, 5);
  expect(slowest.ms, `slowest: ${slowest.url}`).toBeLessThan(3_000);
  await expect.poll(async () => (await health(request)).status, { timeout: 5_000 }).toBe("degraded");
  expect(logged(/cache: lost Redis/)).toBe(lost + 1);

  await proxy.listen();
  await expect.poll(async () => (await health(request)).status, { timeout: 10_000 }).toBe("ok");
  await readPages(request, 1);
  expect(logged(/cache: Redis is back/)).toBe(back + 1);
  expect(logged(/cache: lost Redis/)).toBe(lost + 1);
});

test("when Redis hangs (connected, but silent), C gives up on it after a short timeout and keeps answering", async ({ request }) => {
  await expect.poll(async () => (await health(request)).status, { timeout: 10_000 }).toBe("ok");
  proxy.stall(true);
  try {
    const slowest = await readPages(request, 3);
    expect(slowest.ms, `slowest: ${slowest.url}`).toBeLessThan(3_000);
    expect(await health(request)).toMatchObject({ code: 200, status: "degraded", checks: { cache: { state: "redis-unreachable" } } });
  } finally {
    proxy.stall(false);
  }
  await expect.poll(async () => (await health(request)).status, { timeout: 10_000 }).toBe("ok");
});

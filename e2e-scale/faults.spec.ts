import type { APIRequestContext } from "@playwright/test";
import pg from "pg";
import { test, expect } from "../e2e/support/fixtures";
import { databaseOn, FAULT } from "./support/env";
import { startInstance, setupDatabase, type Instance } from "./support/instances";
import { StatusLoad, type Target } from "./support/load";
import { startNginx } from "./support/nginx";
import { auth, createApiKey, marker } from "./support/newsroom";
import { PrivatePostgres } from "./support/private-postgres";
import { PrivateRedis } from "./support/private-redis";
import { sleep, stopServices } from "./support/process";

/**
 * Faults under load. A world of the spec's own, so stopping things disturbs nobody: a private PostgreSQL cluster
 * and a private Redis, two production instances on them, deploy/nginx.conf in front. While a few loops keep
 * asking for cached reader pages and /api/breaking (through nginx and on an instance directly), Redis is stopped
 * and started again, then PostgreSQL. Every answer is counted by status: readers of cached pages never get a 5xx,
 * the ticker keeps its items, a page nobody had cached gets nginx's 503 page, an admin write gets a clear 503
 * and nothing saved before is lost; /api/health says what is wrong; and everything comes back by itself, with the
 * same processes (no restart).
 */

test.describe.configure({ mode: "serial" });

const redis = new PrivateRedis(FAULT.redisPort);
const postgres = new PrivatePostgres(FAULT.postgresPort);
const EDGE = `http://127.0.0.1:${FAULT.nginxPort}`;
const v1 = "/api/admin/v1/articles";
let databaseUrl: string;
let instances: Instance[] = [];
let key: string;
let pages: string[] = [];
let ticker: string;

test.beforeAll(async ({ request }) => {
  test.setTimeout(240_000);
  await redis.start();
  await postgres.create();
  databaseUrl = databaseOn(postgres.url, "dispatch");
  const admin = new pg.Client({ connectionString: postgres.url });
  await admin.connect();
  await admin.query("create database dispatch");
  await admin.end();
  setupDatabase(databaseUrl);
  key = createApiKey(`faults ${Date.now()}`, "editor", databaseUrl);
  // Smaller pools and a quick give-up, as a site would configure for fast failure; PostgreSQL allows 60 here.
  const env = { DB_POOL_MAX: "8", DB_CONNECT_TIMEOUT_MS: "2000" };
  instances = await Promise.all(FAULT.instancePorts.map((port) => startInstance({ port, databaseUrl, redisUrl: redis.url, siteUrl: EDGE, env })));
  await startNginx({ listen: FAULT.nginxPort, upstreams: FAULT.instancePorts });

  // Something on the ticker, and the reader pages the load asks for.
  ticker = marker("Flood warning for the river valley");
  const posted = await request.post(`${instances[0].origin}/api/admin/v1/breaking`, { headers: auth(key), data: { headline: ticker } });
  expect(posted.status()).toBe(201);
  const news = await (await request.get(`${instances[0].origin}/news`)).text();
  const slugs = [...new Set([...news.matchAll(/href="\/a\/([a-z0-9-]+)"/g)].map((m) => m[1]))].slice(0, 2);
  expect(slugs.length).toBe(2);
  pages = ["/", "/news", "/blogs", ...slugs.map((s) => `/a/${s}`)];
});

test.afterAll(async () => {
  await stopServices();
  await redis.stop();
  await postgres.destroy();
});

const A = 0;
const origin = (i: number) => instances[i].origin;
const hasTicker = (body: string) => body.includes(ticker);

/** Cached reader pages through nginx and directly on instance A, and the ticker's feed both ways. */
function targets(): Target[] {
  return [
    ...pages.map((p) => ({ group: "cached pages via nginx", url: `${EDGE}${p}` })),
    ...pages.map((p) => ({ group: "cached pages on A", url: `${origin(A)}${p}` })),
    { group: "/api/breaking via nginx", url: `${EDGE}/api/breaking`, check: hasTicker },
    { group: "/api/breaking on A", url: `${origin(A)}/api/breaking`, check: hasTicker },
  ];
}
const READER_GROUPS = ["cached pages via nginx", "cached pages on A", "/api/breaking via nginx", "/api/breaking on A"];

async function health(request: APIRequestContext, base: string) {
  const res = await request.get(`${base}/api/health`, { timeout: 10_000 });
  return { code: res.status(), ...(await res.json()) } as { code: number; status: string; checks: Record<string, { state: string }> };
}

async function everyInstance(request: APIRequestContext, status: string, timeout = 20_000) {
  for (const i of instances) {
    await expect.poll(async () => (await health(request, i.origin)).status, { timeout, message: `${i.name} /api/health` }).toBe(status);
  }
}

/** Each page rendered and held in the shared cache: a hit on both instances. */
async function warm(request: APIRequestContext) {
  for (const p of pages) {
    for (const i of instances) {
      await expect
        .poll(async () => (await request.get(`${i.origin}${p}`)).headers()["x-nextjs-cache"], { timeout: 30_000, message: `${i.origin}${p} cached` })
        .toBe("HIT");
    }
  }
  for (const i of instances) expect(await (await request.get(`${i.origin}/api/breaking`)).text()).toContain(ticker);
}

function attachReport(load: StatusLoad) {
  test.info().annotations.push({ type: "answers by status", description: `\n${load.report()}` });
  console.log(`${test.info().title}\n${load.report()}${load.samples.length ? `\nsamples:\n${load.samples.join("\n")}` : ""}`);
}

test("Redis stopped and started again under load: readers get no errors, health says degraded, then ok", async ({ request }) => {
  test.setTimeout(180_000);
  await everyInstance(request, "ok");
  await warm(request);
  const pids = instances.map((i) => i.pid);
  const load = new StatusLoad(targets(), { concurrency: 4 });
  load.phase("before");
  load.start();
  try {
    await sleep(2_000);
    load.phase("Redis down");
    await redis.stop();
    for (const i of instances) {
      await expect.poll(async () => (await health(request, i.origin)).status, { timeout: 15_000 }).toBe("degraded");
      expect((await health(request, i.origin)).checks.cache.state).toBe("redis-unreachable");
    }
    expect((await health(request, EDGE)).code).toBe(200);
    await sleep(3_000);
    load.phase("Redis back");
    await redis.start();
    await everyInstance(request, "ok");
    await sleep(2_000);
  } finally {
    await load.stop();
    attachReport(load);
  }
  for (const phase of ["before", "Redis down", "Redis back"]) expect(load.total(phase), phase).toBeGreaterThan(10);
  expect(load.offending(READER_GROUPS), load.samples.join("\n")).toEqual([]);
  expect(instances.map((i) => i.pid)).toEqual(pids);
  expect(instances.every((i) => !i.exited())).toBe(true);
});

test("PostgreSQL stopped and started again under load: cached pages and the ticker keep answering, the rest says 503, nothing is lost", async ({ request, page }) => {
  test.setTimeout(240_000);
  await everyInstance(request, "ok");

  // Saved before the outage: a published article whose page nobody has asked for yet (cached nowhere).
  const title = marker("Harbour wall repairs finished");
  const created = await request.post(`${EDGE}${v1}`, { headers: auth(key), data: { title, summary: "Work ends a week early.", body: "The harbour wall is whole again." } });
  expect(created.status()).toBe(201);
  const saved = (await created.json()) as { id: number; slug: string };
  expect((await request.post(`${EDGE}${v1}/${saved.id}/publish`, { headers: auth(key), data: {} })).status()).toBe(200);
  // Publishing expired the listings, and every write's tags are expired once more 2 s later (for renders that were
  // in flight): past that, cache them again before the database goes.
  await sleep(3_000);
  await warm(request);

  const pids = instances.map((i) => i.pid);
  const load = new StatusLoad(targets(), { concurrency: 4 });
  load.phase("before");
  load.start();
  try {
    await sleep(2_000);
    load.phase("PostgreSQL down");
    await postgres.stop();

    for (const i of instances) {
      await expect.poll(async () => (await health(request, i.origin)).code, { timeout: 15_000 }).toBe(503);
      expect(await health(request, i.origin)).toMatchObject({ status: "down", checks: { database: { state: "down" } } });
    }
    expect(await health(request, EDGE)).toMatchObject({ code: 503, status: "down" });

    // A page nobody had cached: nginx's 503 page (ours, plain HTML, no trace of the error).
    const uncached = await request.get(`${EDGE}/a/${saved.slug}`);
    expect(uncached.status()).toBe(503);
    expect(uncached.headers()["content-type"]).toContain("text/html");
    expect(uncached.headers()["retry-after"]).toBeTruthy();
    const page503 = await uncached.text();
    expect(page503).toContain("This page is temporarily unavailable");
    expect(page503).not.toMatch(/\bat .+\.(js|ts):\d+|Error:|ECONNREFUSED|postgres/i);
    // Directly on an instance (no nginx to answer for it): an error status and no trace of the error; with
    // JavaScript the reader gets the site's own error page inside the usual frame, ticker included. (Next renders
    // error boundaries in the browser only, so without JavaScript this page stays empty: the 503 page above is
    // nginx's job.)
    const direct = await request.get(`${origin(A)}/a/${saved.slug}`);
    expect(direct.status()).toBeGreaterThanOrEqual(500);
    expect(await direct.text()).not.toMatch(/\bat .+\.(js|ts):\d+|ECONNREFUSED|postgres/i);
    await page.goto(`${origin(A)}/a/${saved.slug}`);
    await expect(page.getByRole("heading", { name: "Something went wrong" })).toBeVisible();
    await expect(page.getByText(ticker).first()).toBeVisible();

    // An admin write: refused with a clear message, through nginx and directly.
    for (const base of [EDGE, origin(1)]) {
      const write = await request.post(`${base}${v1}`, { headers: auth(key), data: { title: marker("Written during the outage"), summary: "s", body: "b" } });
      expect(write.status(), base).toBe(503);
      expect(write.headers()["retry-after"]).toBeTruthy();
      expect((await write.json()).error.message).toMatch(/database is unavailable.*nothing was saved/i);
    }
    await sleep(3_000);

    load.phase("PostgreSQL back");
    await postgres.start();
    // The same processes reconnect by themselves (the pools open new connections).
    await everyInstance(request, "ok", 30_000);
    await expect.poll(async () => (await request.get(`${EDGE}/a/${saved.slug}`)).status(), { timeout: 15_000 }).toBe(200);
    expect(await (await request.get(`${origin(1)}/a/${saved.slug}`)).text()).toContain(title);
    await sleep(2_000);
  } finally {
    await load.stop();
    attachReport(load);
  }
  for (const phase of ["before", "PostgreSQL down", "PostgreSQL back"]) expect(load.total(phase), phase).toBeGreaterThan(10);
  expect(load.offending(READER_GROUPS), load.samples.join("\n")).toEqual([]);

  // Nothing lost: the article saved before the outage is there; writes work again.
  const kept = await request.get(`${EDGE}${v1}/${saved.id}`, { headers: auth(key) });
  expect(kept.status()).toBe(200);
  expect((await kept.json()).title).toBe(title);
  const after = await request.post(`${EDGE}${v1}`, { headers: auth(key), data: { title: marker("Written after the outage"), summary: "s", body: "b" } });
  expect(after.status()).toBe(201);
  expect(instances.map((i) => i.pid)).toEqual(pids);
  expect(instances.every((i) => !i.exited())).toBe(true);
});

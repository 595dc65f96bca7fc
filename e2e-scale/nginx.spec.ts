import http from "node:http";
import type { APIRequestContext, APIResponse } from "@playwright/test";
import pg from "pg";
import { test, expect } from "../e2e/support/fixtures";
import { A, EDGE, SCALE_DATABASE_URL, SCALE_PORTS } from "./support/env";
import { auth, createApiKey, createUser, marker } from "./support/newsroom";

/**
 * deploy/nginx.conf in front of both instances, as the example is written: what it caches and for how long, what
 * it never caches, and what it tells the app about the client. Everything goes through nginx (EDGE) unless said.
 */

test.describe.configure({ mode: "serial" });

const v1 = "/api/admin/v1";
const IMMUTABLE = "public, max-age=31536000, immutable";
let key: string;

test.beforeAll(() => {
  key = createApiKey(`nginx ${Date.now()}`);
});

/** Every value of a header (nginx may send one twice), lowercased name. */
const all = (res: APIResponse, name: string) => res.headersArray().filter((h) => h.name.toLowerCase() === name).map((h) => h.value);
const xCache = (res: APIResponse) => res.headers()["x-cache"];

/** Two requests back to back, a few tries: the second is a hit while the first is still fresh. */
async function secondIsHit(request: APIRequestContext, url: string, tries = 5): Promise<APIResponse> {
  let last!: APIResponse;
  for (let i = 0; i < tries; i++) {
    await request.get(url);
    last = await request.get(url);
    if (xCache(last) === "HIT") return last;
  }
  return last;
}

test("build assets under /_next/static: one long, immutable Cache-Control, kept by nginx", async ({ request }) => {
  const html = await (await request.get(`${EDGE}/news`)).text();
  const assets = [...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+)"/g)].map((m) => m[1]);
  expect(assets.length).toBeGreaterThan(0);
  for (const asset of assets.slice(0, 3)) {
    const first = await request.get(`${EDGE}${asset}`);
    expect(first.status(), asset).toBe(200);
    const again = await request.get(`${EDGE}${asset}`);
    expect(all(again, "cache-control"), asset).toEqual([IMMUTABLE]);
    expect(xCache(again), asset).toBe("HIT");
  }
  // A missing asset (another build's chunk) is not marked immutable: it must not stick in browsers for a year.
  const missing = await request.get(`${EDGE}/_next/static/chunks/not-a-chunk-${Date.now()}.js`);
  expect(missing.status()).toBe(404);
  expect(all(missing, "cache-control").join(",")).not.toContain("immutable");
});

test("reader pages are micro-cached: a quick second request is a hit, and stays public", async ({ request }) => {
  for (const path of ["/news", "/", "/blogs"]) {
    const res = await secondIsHit(request, `${EDGE}${path}`);
    expect(res.status(), path).toBe(200);
    expect(xCache(res), path).toBe("HIT");
    expect(res.headers()["cache-control"], path).not.toMatch(/private|no-store/);
  }
});

test("micro-cached pages come back at once, not after the client's delayed ACK", async ({ request }) => {
  // tcp_nopush made nginx hold the last packet of some cached responses (it depends on their length) until the
  // client's delayed ACK, 40 ms on Linux: each request on a kept-alive connection, as browsers send them, waited.
  const news = await (await request.get(`${EDGE}/news`)).text();
  const articles = [...new Set([...news.matchAll(/href="(\/a\/[a-z0-9-]+)"/g)].map((m) => m[1]))].slice(0, 3);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  try {
    for (const path of ["/", "/news", "/blogs", ...articles]) {
      expect(xCache(await secondIsHit(request, `${EDGE}${path}`)), path).toBe("HIT");
      const times: number[] = [];
      for (let i = 0; i < 9; i++) times.push(await timedGet(`${EDGE}${path}`, agent));
      times.sort((a, b) => a - b);
      expect(times[4], `${path}: median of ${times.map((t) => t.toFixed(1)).join(", ")} ms`).toBeLessThan(30);
    }
  } finally {
    agent.destroy();
  }
});

/** One GET over `agent` (kept-alive connection), in milliseconds until the last byte. */
function timedGet(url: string, agent: http.Agent): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent }, (res) => {
        res.on("data", () => {});
        res.on("end", () => resolve(performance.now() - started));
      })
      .on("error", reject);
  });
}

test("/api/breaking is cached as long as its own Cache-Control says, no longer", async ({ request }) => {
  const res = await secondIsHit(request, `${EDGE}/api/breaking`);
  expect(xCache(res)).toBe("HIT");
  const maxAge = Number(/max-age=(\d+)/.exec(res.headers()["cache-control"])?.[1]);
  const swr = Number(/stale-while-revalidate=(\d+)/.exec(res.headers()["cache-control"])?.[1] ?? 0);
  expect(maxAge).toBeGreaterThan(0);
  // Past its freshness and its stale-while-revalidate window, nginx asks an instance again.
  await new Promise((r) => setTimeout(r, (maxAge + swr) * 1000 + 1_000));
  const later = await request.get(`${EDGE}/api/breaking`);
  expect(later.status()).toBe(200);
  expect(xCache(later)).not.toBe("HIT");
});

test("the newsroom, the admin API and anyone with the session cookie are never served from the cache", async ({ request, playwright }) => {
  const email = `scale-${Date.now()}@example.org`;
  const password = "a long enough password for the scale suite";
  createUser(email, password);
  // Signed in on an instance directly (the address limit of the nginx test below must not get in the way).
  const signedIn = await request.post(`${A}/api/newsroom/session`, { headers: { Origin: A }, data: { email, password } });
  expect(signedIn.status()).toBe(200);
  const cookie = all(signedIn, "set-cookie").map((c) => c.split(";")[0]).find((c) => c.startsWith("dispatch_session="));
  expect(cookie).toBeTruthy();
  const staff = await playwright.request.newContext({ extraHTTPHeaders: { Cookie: cookie! } });
  try {
    for (let i = 0; i < 2; i++) {
      const newsroomPage = await staff.get(`${EDGE}/newsroom`, { maxRedirects: 0 });
      expect(newsroomPage.status()).toBe(200);
      expect(xCache(newsroomPage)).toBeUndefined();
      expect(newsroomPage.headers()["cache-control"]).toMatch(/private|no-store/);
      expect(await newsroomPage.text()).toContain("Scale Tester");

      const reader = await staff.get(`${EDGE}/news`);
      expect(reader.status()).toBe(200);
      expect(xCache(reader)).toBe("BYPASS");
    }
  } finally {
    await staff.dispose();
  }
  for (let i = 0; i < 2; i++) {
    const list = await request.get(`${EDGE}${v1}/articles`, { headers: auth(key) });
    expect(list.status()).toBe(200);
    expect(xCache(list)).toBeUndefined();
    expect(list.headers()["cache-control"]).toMatch(/no-store/);
  }
});

test("a preview (draft-mode cookies) bypasses the cache both ways: private for the editor, never shown to readers", async ({ request, playwright }) => {
  const word = `zq${Date.now().toString(36)}`;
  const created = await request.post(`${EDGE}${v1}/articles`, {
    headers: auth(key),
    data: { title: `Draft ${word}`, slug: `draft-${word}`, summary: `Summary ${word}`, body: `Body ${word}.` },
  });
  expect(created.status()).toBe(201);
  const draft = (await created.json()) as { slug: string; previewUrl: string };
  const preview = new URL(draft.previewUrl);
  // The editor opens the link through nginx and keeps its cookies.
  const editor = await playwright.request.newContext();
  try {
    const opened = await editor.get(`${EDGE}${preview.pathname}${preview.search}`);
    expect(opened.status()).toBe(200);
    for (let i = 0; i < 2; i++) {
      const res = await editor.get(`${EDGE}/a/${draft.slug}`);
      expect(res.status()).toBe(200);
      expect(await res.text()).toContain(`Draft ${word}`);
      expect(res.headers()["cache-control"]).toMatch(/private/);
      expect(["BYPASS", undefined]).toContain(xCache(res));
      // A reader right after the editor, same URL: nothing of the draft.
      const reader = await request.get(`${EDGE}/a/${draft.slug}`);
      expect(reader.status()).toBe(404);
      expect(await reader.text()).not.toContain(`Summary ${word}`);
    }
  } finally {
    await editor.dispose();
  }
});

test("nginx tells the app the client's real address: a spoofed X-Forwarded-For does not escape the sign-in limit", async ({ request }) => {
  const db = new pg.Client({ connectionString: SCALE_DATABASE_URL });
  await db.connect();
  // Every client of this suite is 127.0.0.1 (instances reached directly see it too): start from no failures, and
  // leave none behind, so a retry or another spec can still sign in.
  const clear = () => db.query("delete from login_attempts where key = 'ip:127.0.0.1'");
  try {
    await clear();
    const statuses: number[] = [];
    // The limit per address is 20 failures in 15 minutes; each attempt uses a new email and claims a new address.
    for (let i = 1; i <= 21; i++) {
      const res = await request.post(`${EDGE}/api/newsroom/session`, {
        headers: { Origin: EDGE, "X-Forwarded-For": `10.77.${i}.1` },
        data: { email: `nobody-${i}-${Date.now()}@example.org`, password: "wrong" },
      });
      statuses.push(res.status());
      if (res.status() === 429) expect(res.headers()["retry-after"]).toBeTruthy();
    }
    expect(statuses.slice(0, 20).every((s) => s === 401), statuses.join(",")).toBe(true);
    expect(statuses[20]).toBe(429);
    // Every attempt was counted against 127.0.0.1 (what nginx saw), none against an address the client made up.
    const { rows } = await db.query<{ key: string }>("select distinct key from login_attempts where key like 'ip:%'");
    const keys = rows.map((r) => r.key);
    expect(keys).toContain("ip:127.0.0.1");
    expect(keys.filter((k) => k.startsWith("ip:10.77."))).toEqual([]);
  } finally {
    await clear();
    await db.end();
  }
});

test("canonical links, feeds and redirects name the public origin, whichever instance answers", async ({ request }) => {
  const title = marker("Canonical check");
  const created = await request.post(`${EDGE}${v1}/articles`, { headers: auth(key), data: { title, summary: "s", body: "b" } });
  const { id, slug } = (await created.json()) as { id: number; slug: string };
  expect((await request.post(`${EDGE}${v1}/articles/${id}/publish`, { headers: auth(key), data: {} })).status()).toBe(200);
  for (const base of [EDGE, ...SCALE_PORTS.map((p) => `http://127.0.0.1:${p}`)]) {
    const html = await (await request.get(`${base}/a/${slug}`)).text();
    expect(html, base).toContain(`<link rel="canonical" href="${EDGE}/a/${slug}"/>`);
    expect(html, base).toContain(`<meta property="og:url" content="${EDGE}/a/${slug}"/>`);
  }
  await expect.poll(async () => (await request.get(`${EDGE}/feeds/rss.xml`)).text(), { timeout: 5_000 }).toContain(`<link>${EDGE}/a/${slug}</link>`);

  // A renamed article: its old address redirects to the new one on the public origin, not to an instance.
  const renamed = `${slug}-renamed`;
  expect((await request.patch(`${EDGE}${v1}/articles/${id}`, { headers: auth(key), data: { slug: renamed } })).status()).toBe(200);
  await expect
    .poll(async () => (await request.get(`${EDGE}/a/${slug}`, { maxRedirects: 0 })).status(), { timeout: 5_000 })
    .toBe(308);
  const moved = await request.get(`${EDGE}/a/${slug}`, { maxRedirects: 0 });
  // (Next 16 sends the Location header twice when it renders the redirect afresh; each must be right.)
  const locations = all(moved, "location");
  expect(locations.length).toBeGreaterThan(0);
  for (const location of locations) expect(new URL(location, EDGE).toString()).toBe(`${EDGE}/a/${renamed}`);
});

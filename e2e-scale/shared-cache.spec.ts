import type { APIRequestContext } from "@playwright/test";
import { test, expect } from "../e2e/support/fixtures";
import { A, B, BREAKING_POLL_SECONDS, EDGE, INSTANCES } from "./support/env";
import { auth, createApiKey, marker, newsroom, postBreakingWithCli } from "./support/newsroom";

/**
 * Two production instances, one database, one Redis, nginx in front: what one instance (or the CLI) changes, the
 * other serves within seconds, and so does nginx, although nothing tells them: the change reaches B through the
 * shared cache (an expired tag is gone for everyone) and, for breaking news, through its own watcher of the
 * database; nginx keeps reader pages for one second only.
 */

test.describe.configure({ mode: "serial" });

const v1 = "/api/admin/v1/articles";
const SOON = 5_000; // "within a few seconds"
const BREAKING_DELAY = BREAKING_POLL_SECONDS * 1000 + 2_000; // the ticker's interval plus 2 s
let key: string;
let article: { id: number; slug: string; title: string };

test.beforeAll(() => {
  key = createApiKey(`scale ${Date.now()}`);
});

async function html(request: APIRequestContext, url: string) {
  const res = await request.get(url);
  return { status: res.status(), cache: res.headers()["x-nextjs-cache"], text: await res.text() };
}

test("every instance is healthy, with its database up and the cache in Redis", async ({ request }) => {
  for (const origin of INSTANCES) {
    const res = await request.get(`${origin}/api/health`);
    expect(res.status(), origin).toBe(200);
    expect(res.headers()["cache-control"]).toBe("no-store");
    expect(await res.json()).toMatchObject({
      status: "ok",
      checks: { database: { state: "up", latencyMs: expect.any(Number) }, cache: { state: "redis", latencyMs: expect.any(Number) } },
    });
  }
});

test("an article published through A is rendered once and served to B from the shared cache", async ({ request }) => {
  const title = marker("Ferry timetable changes");
  const created = await request.post(`${A}${v1}`, {
    headers: auth(key),
    data: { title, summary: "New winter sailings.", body: "The ferry leaves an hour later from Monday.", tags: ["Transport"] },
  });
  expect(created.status()).toBe(201);
  article = { ...(await created.json()), title };
  expect((await request.post(`${A}${v1}/${article.id}/publish`, { headers: auth(key), data: {} })).status()).toBe(200);

  const onA = await html(request, `${A}/a/${article.slug}`);
  expect(onA.status).toBe(200);
  expect(onA.text).toContain(title);
  // B never rendered this page: it has it from Redis.
  const onB = await html(request, `${B}/a/${article.slug}`);
  expect(onB).toMatchObject({ status: 200, cache: "HIT" });
  expect(onB.text).toContain(title);
  // And keeps treating it as fresh (the page's lifetime travels with it), not as stale after a second.
  await new Promise((r) => setTimeout(r, 1_500));
  expect((await html(request, `${B}/a/${article.slug}`)).cache).toBe("HIT");
  // Readers through nginx get it too.
  await expect.poll(async () => (await html(request, `${EDGE}/a/${article.slug}`)).text, { timeout: SOON }).toContain(title);
});

test("an edit through A's admin API shows on B within seconds, and B is never told", async ({ request }) => {
  const summary = marker("Sailings move to the north quay");
  expect((await request.patch(`${A}${v1}/${article.id}`, { headers: auth(key), data: { summary } })).status()).toBe(200);
  await expect.poll(async () => (await html(request, `${B}/a/${article.slug}`)).text, { timeout: SOON }).toContain(summary);
  await expect.poll(async () => (await html(request, `${B}/news`)).text, { timeout: SOON }).toContain(article.title);
  await expect.poll(async () => (await html(request, `${EDGE}/a/${article.slug}`)).text, { timeout: SOON }).toContain(summary);
});

test("unpublishing through B takes the article off A and off nginx", async ({ request }) => {
  expect((await html(request, `${A}/a/${article.slug}`)).status).toBe(200);
  expect((await html(request, `${EDGE}/a/${article.slug}`)).status).toBe(200); // in nginx's micro-cache now
  expect((await request.post(`${B}${v1}/${article.id}/unpublish`, { headers: auth(key) })).status()).toBe(200);
  await expect.poll(async () => (await html(request, `${A}/a/${article.slug}`)).status, { timeout: SOON }).toBe(404);
  await expect.poll(async () => (await html(request, `${A}/news`)).text, { timeout: SOON }).not.toContain(article.title);
  await expect.poll(async () => (await html(request, `${EDGE}/a/${article.slug}`)).status, { timeout: SOON }).toBe(404);
  await expect.poll(async () => (await html(request, `${EDGE}/news`)).text, { timeout: SOON }).not.toContain(article.title);
});

test("breaking news posted with the CLI is in the first HTML of pages from both instances", async ({ request }) => {
  for (const origin of INSTANCES) expect((await html(request, `${origin}/news`)).status).toBe(200); // cached now
  const headline = marker("Power cut across the old town");
  const id = postBreakingWithCli(headline);
  for (const origin of INSTANCES) {
    await expect.poll(async () => (await html(request, `${origin}/news`)).text, { timeout: BREAKING_DELAY }).toContain(headline);
  }
  newsroom("breaking", "withdraw", String(id));
  for (const origin of INSTANCES) {
    await expect.poll(async () => (await html(request, `${origin}/news`)).text, { timeout: BREAKING_DELAY }).not.toContain(headline);
  }
});

test("breaking news posted on A appears in a page served by B within the polling interval plus 2 s", async ({ page, request }) => {
  await page.goto(`${B}/news`);
  const headline = marker("Bridge reopens to traffic");
  const posted = await request.post(`${A}/api/admin/v1/breaking`, { headers: auth(key), data: { headline } });
  expect(posted.status()).toBe(201);
  const { id } = await posted.json();
  // The open page gets it from B's ticker; a page freshly served by B has it in its HTML.
  await expect(page.getByText(headline).first()).toBeVisible({ timeout: BREAKING_DELAY });
  await expect.poll(async () => (await html(request, `${B}/`)).text, { timeout: BREAKING_DELAY }).toContain(headline);
  await expect.poll(async () => (await html(request, `${EDGE}/`)).text, { timeout: BREAKING_DELAY }).toContain(headline);
  // Withdrawn through B: gone from pages A serves.
  const withdrawn = await request.delete(`${B}/api/admin/v1/breaking/${id}`, { headers: auth(key) });
  expect(withdrawn.ok()).toBeTruthy();
  await expect.poll(async () => (await html(request, `${A}/`)).text, { timeout: BREAKING_DELAY }).not.toContain(headline);
});

import fs from "node:fs";
import Database from "better-sqlite3";
import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { test, expect } from "./support/fixtures";
import { auth, createApiKey } from "./support/api";
import { BASE_URL, E2E_DB_PATH, E2E_PORT } from "./support/env";
import { createDraft, previewPath, v1, type Draft } from "./support/preview";
import { editionList } from "../lib/editions/registry";
import { blogFeedPath, siteFeedPath } from "../lib/feeds/paths";
import { blogPath, homePath, newsPath, searchPagePath } from "../lib/urls";

/**
 * A draft carries a marker word found nowhere else; no public surface may show it, link to it or cache it. Each
 * request that should be public uses a context with no cookies at all, as a reader's first visit would.
 */
test.describe.configure({ mode: "serial" });

let key: string;
let draft: Draft;
let publicCtx: APIRequestContext;

/** Every blog with its language: a blog's pages and feeds live in its language's edition. */
function allBlogs(): { slug: string; language: string }[] {
  const db = new Database(E2E_DB_PATH, { readonly: true, fileMustExist: true });
  try {
    return db.prepare("select slug, language from blogs order by slug").all() as { slug: string; language: string }[];
  } finally {
    db.close();
  }
}

/** The cookies a valid preview link sets (draft mode's bypass cookie and ours), as a Cookie header. */
async function previewCookie(request: APIRequestContext, previewUrl: string): Promise<string> {
  const res = await request.get(previewPath(previewUrl), { maxRedirects: 0 });
  expect(res.status()).toBe(307);
  const cookies = res.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie").map((h) => h.value.split(";")[0]);
  expect(cookies.map((c) => c.split("=")[0]).sort()).toEqual(["__prerender_bypass", "dispatch_preview"]);
  return cookies.join("; ");
}

/** Fails when a response for the draft's own URL shows any of its text (the URL itself may be echoed by a 404). */
function expectNoContent(text: string, what: string): void {
  for (const part of draft.content) expect(text, `draft text in ${what}`).not.toContain(part);
}

function headOf(html: string): string {
  return html.slice(0, Math.max(0, html.indexOf("</head>")));
}

test.beforeAll(async ({ request }) => {
  key = createApiKey(`e2e leak ${Date.now()}`);
  draft = await createDraft(request, key);
  publicCtx = await playwrightRequest.newContext({ baseURL: BASE_URL });
});

test.afterAll(async () => {
  await publicCtx?.dispose();
});

test("the draft's marker appears on no public page, feed, listing or API, nor in any <head>", async () => {
  const paths = [
    "/",
    "/news",
    "/blogs",
    ...allBlogs().flatMap((b) => [blogPath(b.slug, b.language), blogFeedPath(b.slug, b.language, "rss"), blogFeedPath(b.slug, b.language, "atom")]),
    // Every other edition's front page, news section and feeds.
    ...editionList.filter((e) => !e.isDefault).flatMap((e) => [homePath(e.code), newsPath(e.code), siteFeedPath("rss", e.code), siteFeedPath("atom", e.code)]),
    `/authors/${draft.author}`,
    `/tags/${draft.tag}`,
    "/feeds/rss.xml",
    "/feeds/atom.xml",
    "/api/breaking",
  ];
  for (const path of paths) {
    const res = await publicCtx.get(path);
    expect(res.status(), path).toBe(200);
    const text = await res.text();
    expect(text, `marker on ${path}`).not.toContain(draft.marker);
    expect(headOf(text), `slug in the <head> of ${path}`).not.toContain(draft.slug);
  }
  // Search may echo the words searched for, so look for the draft's own text and a link to it.
  const search = await (await publicCtx.get(`/search?q=${draft.marker}`)).text();
  expectNoContent(search, "search results");
  expect(search, "a link to the draft in search results").not.toContain(`/a/${draft.slug}`);
  for (const e of editionList.filter((x) => !x.isDefault)) {
    const found = await (await publicCtx.get(`${searchPagePath(e.code)}?q=${draft.marker}`)).text();
    expectNoContent(found, `${e.code} search results`);
    expect(found, `a link to the draft in ${e.code} search results`).not.toContain(`/a/${draft.slug}`);
  }
  // robots.txt, the index, and every sitemap the index lists (each edition's pages, news and months).
  const index = await (await publicCtx.get("/sitemap.xml")).text();
  const listed = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  expect(listed.length, "sitemaps in the index").toBeGreaterThan(3);
  for (const path of ["/sitemap.xml", "/robots.txt", ...listed]) {
    const res = await publicCtx.get(path);
    expect(res.status(), path).toBe(200);
    const text = await res.text();
    expect(text, `marker in ${path}`).not.toContain(draft.marker);
    expect(text, `the draft's URL in ${path}`).not.toContain(`/a/${draft.slug}<`);
  }
});

test("the draft's URLs are 404 without preview, as pages, RSC payloads and /_next/data", async () => {
  const buildDir = E2E_PORT === 3100 ? ".next-e2e" : `.next-e2e-${E2E_PORT}`;
  const buildId = fs.existsSync(`${buildDir}/BUILD_ID`) ? fs.readFileSync(`${buildDir}/BUILD_ID`, "utf8").trim() : "development";
  for (const path of [`/a/${draft.slug}`, `/blogs/${draft.blog}/${draft.slug}`, `/a/${draft.slug}?_rsc=x`]) {
    const res = await publicCtx.get(path);
    expect(res.status(), path).toBe(404);
    expectNoContent(await res.text(), path);
  }
  // Flight (RSC) payloads for client navigation and prefetch, and the pages router's data URL: Next may redirect
  // them to a cache-busting URL or answer a not-found payload, but never with the draft.
  const data: [string, Record<string, string>][] = [
    [`/a/${draft.slug}`, { RSC: "1" }],
    [`/a/${draft.slug}`, { RSC: "1", "Next-Router-Prefetch": "1" }],
    [`/a/${draft.slug}?_rsc=x`, { RSC: "1" }],
    [`/_next/data/${buildId}/a/${draft.slug}.json`, {}],
  ];
  for (const [path, headers] of data) {
    const res = await publicCtx.get(path, { headers });
    expect(res.status(), `${path} ${JSON.stringify(headers)}`).not.toBe(500);
    expectNoContent(await res.text(), `${path} ${JSON.stringify(headers)}`);
  }
});

test("a preview render never reaches the page cache: with the cookie 200 and no-store, then without it 404", async ({ request }) => {
  const cookie = await previewCookie(request, draft.previewUrl);
  for (let i = 0; i < 2; i++) {
    const seen = await publicCtx.get(`/a/${draft.slug}`, { headers: { Cookie: cookie } });
    expect(seen.status()).toBe(200);
    expect(await seen.text()).toContain(draft.content[0]);
    expect(seen.headers()["cache-control"]).toMatch(/private.*no-store|no-store.*private/);

    const fresh = await playwrightRequest.newContext({ baseURL: BASE_URL });
    try {
      const after = await fresh.get(`/a/${draft.slug}`);
      expect(after.status(), "the reader URL after a preview render").toBe(404);
      expectNoContent(await after.text(), "the reader URL after a preview render");
      const rsc = await fresh.get(`/a/${draft.slug}`, { headers: { RSC: "1" } });
      expectNoContent(await rsc.text(), "the RSC payload after a preview render");
    } finally {
      await fresh.dispose();
    }
  }
  // The home page, with and without the preview cookie, twice each: the draft is never on it.
  for (let i = 0; i < 2; i++) {
    for (const headers of [{ Cookie: cookie }, {}] as Record<string, string>[]) {
      const home = await publicCtx.get("/", { headers });
      expect(home.status()).toBe(200);
      expect(await home.text(), `home ${JSON.stringify(Object.keys(headers))} #${i + 1}`).not.toContain(draft.marker);
    }
  }
  // Draft mode with a token for another article does not open this one.
  const other = await createDraft(request, key, { hero: false });
  const otherCookie = await previewCookie(request, other.previewUrl);
  const wrong = await publicCtx.get(`/a/${draft.slug}`, { headers: { Cookie: otherCookie } });
  expect(wrong.status()).toBe(404);
  expectNoContent(await wrong.text(), "draft mode with another article's token");
});

test("publishing shows the article on its page and in the feed without a rebuild; unpublishing takes it away", async () => {
  const published = await publicCtx.post(`${v1}/articles/${draft.id}/publish`, { headers: auth(key), data: {} });
  expect(published.status(), await published.text()).toBe(200);
  await expect
    .poll(async () => (await publicCtx.get(`/a/${draft.slug}`)).status(), { message: "reader page after publishing", timeout: 15_000 })
    .toBe(200);
  expect(await (await publicCtx.get(`/a/${draft.slug}`)).text()).toContain(draft.marker);
  await expect
    .poll(async () => (await (await publicCtx.get("/feeds/rss.xml")).text()).includes(draft.marker), { message: "feed after publishing", timeout: 15_000 })
    .toBe(true);

  const unpublished = await publicCtx.post(`${v1}/articles/${draft.id}/unpublish`, { headers: auth(key), data: {} });
  expect(unpublished.status(), await unpublished.text()).toBe(200);
  await expect
    .poll(async () => (await publicCtx.get(`/a/${draft.slug}`)).status(), { message: "reader page after unpublishing", timeout: 15_000 })
    .toBe(404);
  await expect
    .poll(async () => (await (await publicCtx.get("/feeds/rss.xml")).text()).includes(draft.marker), { message: "feed after unpublishing", timeout: 15_000 })
    .toBe(false);
  // Another spec's render of the home page may have begun while the article was out; the write's second expiry
  // (2 s later) drops such a render, so allow the page that long and no more.
  await expect
    .poll(async () => (await (await publicCtx.get("/")).text()).includes(draft.marker), { message: "home page after unpublishing", timeout: 5_000 })
    .toBe(false);
});

import Database from "better-sqlite3";
import { request as playwrightRequest, type APIResponse } from "@playwright/test";
import { test, expect } from "./support/fixtures";
import { auth, createApiKey } from "./support/api";
import { blogArticle } from "./support/content";
import { BASE_URL, E2E_DB_PATH } from "./support/env";
import { newsroom } from "./support/newsroom";
import { createDraft, previewPath, v1, type Draft } from "./support/preview";
import { signPreviewToken } from "../lib/newsroom/preview-tokens";
import { serverSecret } from "../lib/secret";

/**
 * Next's draft-mode cookie (__prerender_bypass) is one value for the whole build: whoever opened any preview holds
 * it. It must not turn off the page cache (issue 11, finding 8): without a valid preview of the page requested, the
 * page is the cached public one, and a cookie that grants nothing is dropped. A valid preview is unchanged.
 */

let key: string;
test.beforeAll(() => {
  key = createApiKey(`e2e draft-mode cookie ${Date.now()}`);
});

/** The cookies a valid preview link sets: draft mode's bypass cookie and ours. */
async function previewCookies(previewUrl: string): Promise<{ bypass: string; preview: string }> {
  const ctx = await playwrightRequest.newContext({ baseURL: BASE_URL });
  try {
    const res = await ctx.get(previewPath(previewUrl), { maxRedirects: 0 });
    expect(res.status()).toBe(307);
    const pairs = res.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie").map((h) => h.value.split(";")[0]);
    const find = (name: string) => {
      const pair = pairs.find((p) => p.startsWith(`${name}=`));
      if (!pair) throw new Error(`The preview link set no ${name} cookie`);
      return pair;
    };
    return { bypass: find("__prerender_bypass"), preview: find("dispatch_preview") };
  } finally {
    await ctx.dispose();
  }
}

/** A GET with exactly this Cookie header (a fresh context, so nothing else is sent), with its body read. */
async function get(path: string, cookie?: string): Promise<{ res: APIResponse; text: string; setCookie: string }> {
  const ctx = await playwrightRequest.newContext({ baseURL: BASE_URL });
  try {
    const res = await ctx.get(path, { headers: cookie ? { cookie } : {}, maxRedirects: 0 });
    const setCookie = res.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie").map((h) => h.value).join("\n");
    return { res, text: await res.text(), setCookie };
  } finally {
    await ctx.dispose();
  }
}

/** The page came from the page cache, as any reader's would: shareable, not rendered for this request. */
function expectCachedPublic(res: APIResponse, what: string): void {
  expect(res.headers()["x-nextjs-cache"], `x-nextjs-cache of ${what}`).toBe("HIT");
  const cacheControl = res.headers()["cache-control"] ?? "";
  expect(cacheControl, `Cache-Control of ${what}`).toMatch(/max-?age=[1-9]/);
  expect(cacheControl, `Cache-Control of ${what}`).not.toMatch(/private|no-store/);
}

const dropped = (name: string) => new RegExp(`(^|\\n)${name}=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT`);

function signed(draft: Draft, expiresAt: Date): string {
  const db = new Database(E2E_DB_PATH, { readonly: true, fileMustExist: true });
  const { preview_secret } = db.prepare("select preview_secret from articles where id = ?").get(draft.id) as { preview_secret: string };
  db.close();
  return signPreviewToken({ articleId: draft.id, previewSecret: preview_secret, expiresAt }, serverSecret());
}

test("the draft-mode cookie alone leaves reader pages in the page cache (HIT, public) and is dropped", async ({ request }) => {
  const draft = await createDraft(request, key, { hero: false });
  const { bypass } = await previewCookies(draft.previewUrl);
  const published = blogArticle();
  for (const path of ["/", "/news", `/a/${published.slug}`, `/blogs/${published.blog}`, "/feeds/rss.xml", "/sitemaps/news.xml"]) {
    await get(path); // warm the cache as a reader would
    const { res, setCookie } = await get(path, bypass);
    expect(res.status(), path).toBe(200);
    expectCachedPublic(res, path);
    expect(setCookie, `${path} drops the cookie that grants nothing`).toMatch(dropped("__prerender_bypass"));
  }
  // The draft's own URL with only the bypass cookie: the public answer, a 404 without its text.
  const { res, text } = await get(`/a/${draft.slug}`, bypass);
  expect(res.status()).toBe(404);
  expect(text).not.toContain(`Council budget talks ${draft.marker}`);
});

test("with a valid preview: that article is the draft (private, no-store, noindex), every other page stays cached", async ({ request }) => {
  const draft = await createDraft(request, key, { hero: false });
  const { bypass, preview } = await previewCookies(draft.previewUrl);
  const cookie = `${bypass}; ${preview}`;

  const own = await get(`/a/${draft.slug}`, cookie);
  expect(own.res.status()).toBe(200);
  expect(own.text).toContain(`Council budget talks ${draft.marker}`);
  expect(own.text).toMatch(/<meta name="robots" content="noindex/);
  expect(own.res.headers()["cache-control"]).toContain("private");
  expect(own.res.headers()["cache-control"]).toContain("no-store");
  expect(own.setCookie, "the preview's cookies are kept").toBe("");

  const published = blogArticle();
  for (const path of ["/", `/a/${published.slug}`]) {
    await get(path);
    const { res, text, setCookie } = await get(path, cookie);
    expectCachedPublic(res, `${path} during a preview of another article`);
    expect(text, path).not.toContain(draft.marker);
    expect(setCookie, `${path} keeps the preview's cookies for the draft`).toBe("");
  }
});

test("a revoked or expired token with the bypass cookie: the cached public page, a 404 for the draft, both cookies dropped", async ({ request }) => {
  const draft = await createDraft(request, key, { hero: false });
  const { bypass, preview } = await previewCookies(draft.previewUrl);
  const revoked = await request.post(`${v1}/articles/${draft.id}/share-links/revoke`, { headers: auth(key) });
  expect(revoked.status()).toBe(200);
  const expired = `dispatch_preview=${signed(draft, new Date(Date.now() - 60_000))}`;

  const published = blogArticle();
  for (const dead of [preview, expired]) {
    const cookie = `${bypass}; ${dead}`;
    const own = await get(`/a/${draft.slug}`, cookie);
    expect(own.res.status()).toBe(404);
    expect(own.text).not.toContain(`Council budget talks ${draft.marker}`);
    expect(own.setCookie).toMatch(dropped("__prerender_bypass"));
    expect(own.setCookie).toMatch(dropped("dispatch_preview"));

    await get(`/a/${published.slug}`);
    const other = await get(`/a/${published.slug}`, cookie);
    expect(other.res.status()).toBe(200);
    expectCachedPublic(other.res, "a published article with a dead preview");
  }
});

test("staff signed in: their draft previews at its URL, the rest of the site stays cached", async ({ request, baseURL }) => {
  const email = `draft-mode-${Date.now().toString(36)}@example.org`;
  const password = "password-long-enough";
  newsroom("user", "add", "--email", email, "--name", "Dee Mode", "--role", "editor", { input: `${password}\n` });
  const ctx = await playwrightRequest.newContext({ baseURL: BASE_URL });
  let session = "";
  try {
    const signIn = await ctx.post("/api/newsroom/session", { form: { email, password }, headers: { origin: baseURL! }, maxRedirects: 0 });
    expect(signIn.status()).toBe(303);
    session = (await ctx.storageState()).cookies.find((c) => c.name === "dispatch_session")?.value ?? "";
    expect(session).not.toBe("");
  } finally {
    await ctx.dispose();
  }
  const draft = await createDraft(request, key, { hero: false });
  const { bypass } = await previewCookies(draft.previewUrl);
  const cookie = `dispatch_session=${session}; ${bypass}`;

  const own = await get(`/a/${draft.slug}`, cookie);
  expect(own.res.status()).toBe(200);
  expect(own.text).toContain(`Council budget talks ${draft.marker}`);
  expect(own.res.headers()["cache-control"]).toContain("no-store");

  await get("/news");
  const listing = await get("/news", cookie);
  expectCachedPublic(listing.res, "/news for signed-in staff with the bypass cookie");
  expect(listing.setCookie).toBe("");
});

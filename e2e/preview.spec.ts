import Database from "better-sqlite3";
import { test, expect } from "./support/fixtures";
import { expectNoAxeViolations } from "./support/axe";
import { auth, createApiKey } from "./support/api";
import { blogArticle } from "./support/content";
import { E2E_DB_PATH } from "./support/env";
import { createDraft, previewPath, tokenOf, v1 } from "./support/preview";
import { signPreviewToken } from "../lib/newsroom/preview-tokens";
import { serverSecret } from "../lib/secret";

const refusal = "This preview link has expired or was revoked: ask for a new one";
let key: string;
test.beforeAll(() => {
  key = createApiKey(`e2e preview ${Date.now()}`);
});

test("a share link opens the draft at its reader URL with the preview bar, noindex and private, no-store", async ({ page, request }) => {
  const draft = await createDraft(request, key);
  const res = await page.goto(previewPath(draft.previewUrl));
  expect(new URL(page.url()).pathname).toBe(`/a/${draft.slug}`);
  expect(res?.status()).toBe(200);
  const cacheControl = res?.headers()["cache-control"] ?? "";
  expect(cacheControl).toContain("private");
  expect(cacheControl).toContain("no-store");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  const bar = page.getByRole("region", { name: "Preview" });
  await expect(bar.getByRole("status")).toHaveText("Preview — draft, not public");
  await expect(bar.getByRole("link", { name: "Exit preview" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(draft.marker);

  // The same screen as a published article: every part a reader sees is there.
  const published = blogArticle();
  const parts = (p: typeof page) => ({
    h1: p.getByRole("heading", { level: 1 }),
    figure: p.locator("article figure").first(),
    byline: p.locator("article a[href^='/authors/']").first(),
    breadcrumb: p.getByRole("navigation", { name: "Breadcrumb" }),
    sidebar: p.getByRole("complementary", { name: "More from" }),
    textSize: p.getByRole("group", { name: "Text size" }),
    tags: p.locator("article a[href^='/tags/']").first(),
  });
  for (const [name, loc] of Object.entries(parts(page))) await expect(loc, `${name} in the preview`).toBeVisible();
  const group = page.getByRole("group", { name: "Text size" });
  await group.getByRole("button", { name: "LG Large text", exact: true }).click();
  await expect(group.getByRole("button", { name: "LG Large text", exact: true })).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator("html")).toHaveAttribute("data-text-size", "lg");

  // Rendered afresh for every preview request: an edit shows on the next load. (Next 16 still sends
  // x-nextjs-cache: HIT on draft-mode responses of ISR pages, though it neither reads nor writes the cache for them.)
  const patched = await request.patch(`${v1}/articles/${draft.id}`, { headers: auth(key), data: { title: `Edited ${draft.marker}` } });
  expect(patched.status()).toBe(200);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Edited ${draft.marker}`);

  await page.goto(`/a/${published.slug}`);
  for (const [name, loc] of Object.entries(parts(page))) await expect(loc, `${name} on a published article`).toBeVisible();
  await expect(page.getByRole("region", { name: "Preview" }), "no preview bar on another article").toHaveCount(0);
});

test("public requests for a published article stay in the page cache (HIT), with or without a preview elsewhere", async ({ request }) => {
  const slug = blogArticle().slug;
  await request.get(`/a/${slug}`);
  const again = await request.get(`/a/${slug}`);
  expect(again.status()).toBe(200);
  expect(again.headers()["x-nextjs-cache"]).toBe("HIT");
  expect(again.headers()["cache-control"]).not.toContain("no-store");
});

test("on a phone with no session, the share link works and the bar fits at 320 px", async ({ browser, request, baseURL }) => {
  const draft = await createDraft(request, key);
  const phone = await browser.newContext({ baseURL, viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
  try {
    const page = await phone.newPage();
    await page.goto(previewPath(draft.previewUrl));
    await expect(page.getByRole("heading", { level: 1 })).toContainText(draft.marker);
    await expect(page.getByRole("region", { name: "Preview" }).getByRole("status")).toBeVisible();
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth), "no sideways scrolling at 320 px").toBeLessThanOrEqual(320);
    const exit = page.getByRole("link", { name: "Exit preview" });
    await exit.focus();
    await expect(exit).toBeFocused();
    await expect(exit).toBeInViewport();
  } finally {
    await phone.close();
  }
});

test("an expired or tampered link is refused (401) with what to do next", async ({ request }) => {
  const draft = await createDraft(request, key, { hero: false });
  const db = new Database(E2E_DB_PATH, { readonly: true, fileMustExist: true });
  const { preview_secret } = db.prepare("select preview_secret from articles where id = ?").get(draft.id) as { preview_secret: string };
  db.close();
  const expired = signPreviewToken({ articleId: draft.id, previewSecret: preview_secret, expiresAt: new Date(Date.now() - 60_000) }, serverSecret());
  const good = tokenOf(draft.previewUrl);
  const tampered = good.slice(0, -2) + (good.endsWith("AA") ? "BB" : "AA");
  for (const token of [expired, tampered, "", "not-a-token"]) {
    const asJson = await request.get(`/api/preview?token=${encodeURIComponent(token)}`, { maxRedirects: 0 });
    expect(asJson.status(), token).toBe(401);
    expect((await asJson.json()).error.message).toBe(refusal);
    expect(asJson.headers()["set-cookie"] ?? "", "no draft-mode cookie for a refused link").not.toContain("__prerender_bypass");
  }
  const asPage = await request.get(`/api/preview?token=${encodeURIComponent(tampered)}`, { headers: { Accept: "text/html" } });
  expect(asPage.status()).toBe(401);
  expect(await asPage.text()).toContain(refusal);
  const ok = await request.get(previewPath(draft.previewUrl), { maxRedirects: 0 });
  expect(ok.status()).toBe(307);
  expect(ok.headers()["location"]).toBe(`/a/${draft.slug}`);
  expect(ok.headers()["set-cookie"]).toMatch(/dispatch_preview=[^;]+;.*HttpOnly/i);
  expect(ok.headers()["set-cookie"]).toMatch(/SameSite=lax/i);
});

test("revoking share links refuses the old link; the new one works", async ({ page, request }) => {
  const draft = await createDraft(request, key, { hero: false });
  const revoked = await request.post(`${v1}/articles/${draft.id}/share-links/revoke`, { headers: auth(key) });
  expect(revoked.status()).toBe(200);
  const { previewUrl } = (await revoked.json()) as { previewUrl: string };
  expect(previewUrl).not.toBe(draft.previewUrl);
  const old = await page.goto(previewPath(draft.previewUrl));
  expect(old?.status()).toBe(401);
  await expect(page.getByText(refusal)).toBeVisible();
  await page.goto(previewPath(previewUrl));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(draft.marker);
  // A cookie from the old link stops working too: the token is checked on every request.
  const again = await request.post(`${v1}/articles/${draft.id}/share-links/revoke`, { headers: auth(key) });
  expect(again.status()).toBe(200);
  expect((await page.goto(`/a/${draft.slug}`))?.status()).toBe(404);
});

test("the exit link leaves preview, and the draft's URL is a 404 again", async ({ page, request }) => {
  const draft = await createDraft(request, key, { hero: false });
  await page.goto(previewPath(draft.previewUrl));
  await page.getByRole("link", { name: "Exit preview" }).click();
  await page.waitForURL((url) => url.pathname !== `/a/${draft.slug}`);
  const names = (await page.context().cookies()).map((c) => c.name);
  expect(names).not.toContain("dispatch_preview");
  expect(names).not.toContain("__prerender_bypass");
  const after = await page.goto(`/a/${draft.slug}`);
  expect(after?.status()).toBe(404);
  await expect(page.getByText(draft.marker)).toHaveCount(0);
});

test("the preview page has no WCAG 2.2 AA violations", async ({ page, request }) => {
  const draft = await createDraft(request, key);
  await page.goto(previewPath(draft.previewUrl));
  await expect(page.getByRole("region", { name: "Preview" })).toBeVisible();
  await expectNoAxeViolations(page);
});

import sharp from "sharp";
import type { APIRequestContext, Page } from "@playwright/test";
import { test, expect } from "./support/fixtures";
import { expectNoAxeViolations } from "./support/axe";
import { auth, createApiKey } from "./support/api";
import { articleInLanguage, blogArticle, newsArticle } from "./support/content";
import { BASE_URL } from "./support/env";
import { createDraft, previewPath, v1 } from "./support/preview";

/**
 * Share images (/og/a/<slug>.png, referenced from og:image and twitter:image) and the share links under an
 * article: plain links, no third-party request, a copy-link island that works from the keyboard.
 */

async function ogImageOf(page: Page): Promise<string> {
  const url = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(url).toBeTruthy();
  return url!;
}

/** Fetches a share image and checks it is a 1200×630 PNG; returns its bytes. */
async function expectShareImage(request: APIRequestContext, url: string): Promise<Buffer> {
  expect(url.startsWith(`${BASE_URL}/og/a/`), url).toBe(true);
  const res = await request.get(url);
  expect(res.status(), url).toBe(200);
  expect(res.headers()["content-type"]).toBe("image/png");
  expect(res.headers()["cache-control"]).toMatch(/public, max-age=\d{5,}/);
  const body = await res.body();
  const meta = await sharp(body).metadata();
  expect([meta.format, meta.width, meta.height]).toEqual(["png", 1200, 630]);
  return body;
}

test("an article with a hero shares a 1200×630 PNG, described for X's large card", async ({ page, request }) => {
  const a = blogArticle();
  await page.goto(`/a/${a.slug}`);
  const url = await ogImageOf(page);
  await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute("content", "1200");
  await expect(page.locator('meta[property="og:image:height"]')).toHaveAttribute("content", "630");
  await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute("content", /.+/);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute("content", url);
  await expect(page.locator('meta[name="twitter:image:alt"]')).toHaveAttribute("content", /.+/);
  await expectShareImage(request, url);
  // Served from the route cache after the first request.
  expect((await request.get(url)).headers()["x-nextjs-cache"]).toMatch(/HIT|STALE/);
});

test("a Persian and a news article share images too", async ({ page, request }) => {
  for (const a of [articleInLanguage("fa"), newsArticle()]) {
    await page.goto(`/a/${encodeURIComponent(a.slug)}`);
    await expectShareImage(request, await ogImageOf(page));
  }
});

test("a draft has no public share image; published it gets one (a card without a hero); unpublished it is gone", async ({ page, request }) => {
  const key = createApiKey(`e2e share ${Date.now()}`);
  const draft = await createDraft(request, key, { hero: false });
  const imagePath = `/og/a/${draft.slug}.png`;
  expect((await request.get(imagePath)).status()).toBe(404);

  // The preview shows the draft, but its head points to no share image, and the image URL stays a 404 even
  // inside the preview session.
  await page.goto(previewPath(draft.previewUrl));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(draft.marker);
  await expect(page.locator('meta[property="og:image"]')).toHaveCount(0);
  await expect(page.locator('meta[name="twitter:image"]')).toHaveCount(0);
  expect((await page.request.get(imagePath)).status()).toBe(404);

  expect((await request.post(`${v1}/articles/${draft.id}/publish`, { headers: auth(key), data: {} })).status()).toBe(200);
  await expect.poll(async () => (await request.get(imagePath)).status(), { timeout: 15_000 }).toBe(200);
  const published = await request.get(`/a/${draft.slug}`);
  expect(published.status()).toBe(200);
  const ogUrl = /<meta property="og:image" content="([^"]+)"/.exec(await published.text())?.[1] ?? "";
  expect(ogUrl).toContain(imagePath);
  await expectShareImage(request, ogUrl.replace(/&amp;/g, "&"));

  expect((await request.post(`${v1}/articles/${draft.id}/unpublish`, { headers: auth(key) })).status()).toBe(200);
  await expect.poll(async () => (await request.get(imagePath)).status(), { timeout: 15_000 }).toBe(404);
});

test("share links are plain links with the canonical URL encoded, and the page asks nothing of other hosts", async ({ page }) => {
  const a = blogArticle();
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(`/a/${a.slug}`);
  const canonical = `${BASE_URL}/a/${a.slug}`;
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", canonical);
  const share = page.getByRole("region", { name: "Share this article" });
  const u = encodeURIComponent(canonical);
  const expected: Record<string, string> = {
    "Share on X": `https://x.com/intent/tweet?url=${u}&text=${encodeURIComponent(a.title)}`,
    "Share on Facebook": `https://www.facebook.com/sharer/sharer.php?u=${u}`,
    "Share on LinkedIn": `https://www.linkedin.com/sharing/share-offsite/?url=${u}`,
    "Share on WhatsApp": `https://wa.me/?text=${encodeURIComponent(`${a.title} ${canonical}`)}`,
    "Share on Telegram": `https://t.me/share/url?url=${u}&text=${encodeURIComponent(a.title)}`,
    "Share on Bluesky": `https://bsky.app/intent/compose?text=${encodeURIComponent(`${a.title} ${canonical}`)}`,
  };
  for (const [name, href] of Object.entries(expected)) {
    const link = share.getByRole("link", { name, exact: true });
    await expect(link).toHaveAttribute("href", href);
    await expect(link).toHaveAttribute("rel", "noopener noreferrer");
  }
  await expect(share.getByRole("link", { name: "Share by Email", exact: true })).toHaveAttribute(
    "href",
    `mailto:?subject=${encodeURIComponent(a.title)}&body=${u}`,
  );
  await expect(share.getByRole("textbox", { name: "Link to this article" })).toHaveValue(canonical);

  // Scroll to the end so lazy images load too, then check every request went to this site.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState("networkidle");
  await expect(page.locator("iframe")).toHaveCount(0);
  const foreign = requests.filter((r) => !r.startsWith(`${BASE_URL}/`) && !r.startsWith("data:"));
  expect(foreign, "requests to other hosts").toEqual([]);
});

test("copy link works from the keyboard and says so in a polite live region", async ({ page, context, browserName }) => {
  test.skip(browserName !== "chromium", "clipboard permissions are granted the Chromium way");
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: BASE_URL });
  const a = blogArticle();
  await page.goto(`/a/${a.slug}`);
  await expect(page.locator("html")).toHaveClass(/js/);
  const field = page.getByRole("textbox", { name: "Link to this article" });
  const button = page.getByRole("button", { name: "Copy link" });
  await field.focus();
  await page.keyboard.press("Tab");
  await expect(button).toBeFocused();
  // The island may still be hydrating: press until it answers.
  const status = page.getByRole("region", { name: "Share this article" }).getByRole("status");
  await expect(async () => {
    await button.press("Enter");
    await expect(status).toHaveText("Link copied", { timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
  await expect(status).toHaveAttribute("aria-live", "polite");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${BASE_URL}/a/${a.slug}`);
});

test("without JavaScript the address is there to copy, and the copy button is not offered", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const a = blogArticle();
  await page.goto(`/a/${a.slug}`);
  await expect(page.getByRole("textbox", { name: "Link to this article" })).toHaveValue(`${BASE_URL}/a/${a.slug}`);
  await expect(page.getByRole("button", { name: "Copy link" })).toBeHidden();
  await expect(page.getByRole("link", { name: "Share on Facebook" })).toBeVisible();
  await context.close();
});

test("share links and related stories fit a 320 px screen and pass axe", async ({ page }) => {
  test.slow(); // three pages, each with a full axe run
  const a = blogArticle();
  for (const width of [320, page.viewportSize()!.width]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`/a/${a.slug}`);
    await page.getByRole("region", { name: "Related stories" }).scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `no sideways scroll at ${width} px`).toBeLessThanOrEqual(width);
    await expectNoAxeViolations(page);
  }
  // The Persian article: right-to-left share links and related stories.
  await page.goto(`/a/${encodeURIComponent(articleInLanguage("fa").slug)}`);
  await expect(page.getByRole("region", { name: "هم‌رسانی این مطلب" })).toBeVisible();
  await expectNoAxeViolations(page);
});

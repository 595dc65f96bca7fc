import { test, expect } from "./support/fixtures";
import { biggestBlog, blogArticle } from "./support/content";

const px = { xs: 15, sm: 16, md: 18, lg: 22 } as const;

async function bodySize(page: import("@playwright/test").Page) {
  return page.locator(".article-body").first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
}

test("text size buttons change the body size, announce the choice, and persist across pages and reloads without a jump", async ({ page }) => {
  const slug = blogArticle().slug;
  await page.goto(`/a/${slug}`);
  const group = page.getByRole("group", { name: "Text size" });
  await expect(group.getByRole("button")).toHaveCount(4);
  await expect(group.getByRole("button", { name: "MD Medium text", exact: true })).toHaveAttribute("aria-pressed", "true");
  expect(await bodySize(page)).toBe(px.md);

  await group.getByRole("button", { name: "LG Large text", exact: true }).click();
  await expect(group.getByRole("button", { name: "LG Large text", exact: true })).toHaveAttribute("aria-pressed", "true");
  await expect(group.getByRole("button", { name: "MD Medium text", exact: true })).toHaveAttribute("aria-pressed", "false");
  expect(await bodySize(page)).toBe(px.lg);

  // Record the body's size the moment it is first in the DOM: it must already be the saved size (no jump).
  await page.addInitScript(() => {
    new MutationObserver((_, obs) => {
      const el = document.querySelector(".article-body");
      if (el) {
        (window as unknown as { firstSize: number }).firstSize = parseFloat(getComputedStyle(el).fontSize);
        obs.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.reload();
  expect(await page.evaluate(() => (window as unknown as { firstSize: number }).firstSize)).toBe(px.lg);
  await expect(page.getByRole("button", { name: "LG Large text", exact: true })).toHaveAttribute("aria-pressed", "true");

  // Another page remembers it too.
  await page.goto(`/blogs/${biggestBlog().slug}`);
  expect(await bodySize(page)).toBe(px.lg);
  await page.getByRole("button", { name: "XS Extra small text", exact: true }).click();
  expect(await bodySize(page)).toBe(px.xs);
});

test("text size works from the keyboard", async ({ page }) => {
  await page.goto(`/a/${blogArticle().slug}`);
  const small = page.getByRole("button", { name: "SM Small text", exact: true });
  await small.focus();
  await page.keyboard.press("Enter");
  await expect(small).toHaveAttribute("aria-pressed", "true");
  expect(await bodySize(page)).toBe(px.sm);
});

test("the article page sets no cookie and is served from the cache (the text size never makes it dynamic)", async ({ request }) => {
  const path = `/a/${blogArticle().slug}`;
  await request.get(path);
  const res = await request.get(path);
  expect(res.headers()["set-cookie"]).toBeUndefined();
  expect(res.headers()["x-nextjs-cache"]).toMatch(/HIT|STALE/);
  expect(res.headers()["cache-control"]).not.toMatch(/no-store|private/);
});

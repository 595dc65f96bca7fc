import { test, expect } from "./support/fixtures";
import { BASE_URL } from "./support/env";
import { biggestBlog, blogArticle, newsArticle } from "./support/content";

async function jsonLd(page: import("@playwright/test").Page) {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.flatMap((b) => {
    const data = JSON.parse(b);
    return Array.isArray(data) ? data : [data];
  });
}

test("an article has title, description, canonical, OpenGraph, Twitter and JSON-LD (BlogPosting + BreadcrumbList)", async ({ page }) => {
  const a = blogArticle();
  await page.goto(`/a/${a.slug}`);
  await expect(page).toHaveTitle(new RegExp(a.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /.+/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${BASE_URL}/a/${a.slug}`);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", a.title);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
  await expect(page.locator('meta[property="og:image"]').first()).toHaveAttribute("content", new RegExp(`^${BASE_URL}/`));
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  const ld = await jsonLd(page);
  const post = ld.find((d) => d["@type"] === "BlogPosting");
  expect(post.headline).toBe(a.title);
  expect(post.datePublished).toMatch(/^\d{4}-/);
  expect(post.author[0]?.url ?? post.author.url).toMatch(new RegExp(`^${BASE_URL}/authors/`));
  expect(ld.find((d) => d["@type"] === "BreadcrumbList").itemListElement.length).toBe(3);
});

test("a news article is a NewsArticle", async ({ page }) => {
  await page.goto(`/a/${newsArticle().slug}`);
  expect((await jsonLd(page)).some((d) => d["@type"] === "NewsArticle")).toBe(true);
});

test("blog pages have canonical URLs per page and feed links in the head", async ({ page }) => {
  const blog = biggestBlog();
  await page.goto(`/blogs/${blog.slug}`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${BASE_URL}/blogs/${blog.slug}`);
  await expect(page.locator(`link[rel="alternate"][type="application/rss+xml"][href$="/feeds/blogs/${blog.slug}/rss.xml"]`)).toHaveCount(1);
  if (blog.pages > 1) {
    await page.goto(`/blogs/${blog.slug}/page/2`);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${BASE_URL}/blogs/${blog.slug}/page/2`);
  }
});

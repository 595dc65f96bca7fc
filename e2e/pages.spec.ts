import { test, expect } from "./support/fixtures";
import { articleInLanguage, authorWithArticles, biggestBlog, blogArticle, newsArticle, usedTag } from "./support/content";

/** Landmarks every reader page has, and exactly one h1. */
async function expectFrame(page: import("@playwright/test").Page) {
  await expect(page.locator("h1")).toHaveCount(1);
  await expect(page.getByRole("banner")).toHaveCount(1);
  await expect(page.getByRole("navigation", { name: "Main navigation" })).toBeVisible();
  await expect(page.getByRole("main")).toHaveCount(1);
  await expect(page.getByRole("contentinfo")).toHaveCount(1);
  await expect(page.getByRole("search")).toHaveCount(1);
}

test("article page: headline, hero figure, byline, times, body, tags and the blog's sidebar", async ({ page }) => {
  const a = blogArticle();
  const res = await page.goto(`/a/${a.slug}`);
  expect(res?.status()).toBe(200);
  await expectFrame(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(a.title);
  const hero = page.locator("article figure").first();
  await expect(hero.locator("img")).toHaveAttribute("width", /\d+/);
  await expect(hero.locator("img")).toHaveAttribute("height", /\d+/);
  await expect(hero.locator("figcaption")).not.toBeEmpty();
  await expect(page.locator('article a[href^="/authors/"]').first()).toBeVisible();
  await expect(page.locator("article time[datetime]").first()).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T/);
  expect(await page.locator(".article-body p").count()).toBeGreaterThan(1);
  await expect(page.locator('article a[href^="/tags/"]').first()).toBeVisible();
  const aside = page.getByRole("complementary");
  await expect(aside.getByRole("heading", { name: "About This Blog" })).toBeVisible();
  await expect(aside.getByRole("heading", { name: "Subscribe" })).toBeVisible();
  await expect(aside.getByRole("heading", { name: "Latest Posts" })).toBeVisible();
  await expect(aside.locator(`a[href="/feeds/blogs/${a.blog}/rss.xml"]`)).toBeVisible();
  // The sidebar's latest posts never list the article being read.
  await expect(aside.locator(`a[href="/a/${a.slug}"]`)).toHaveCount(0);
});

test("news article has the news section's sidebar", async ({ page }) => {
  const a = newsArticle();
  expect((await page.goto(`/a/${a.slug}`))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(a.title);
  await expect(page.getByRole("complementary").getByRole("heading", { name: "Latest News" })).toBeVisible();
});

test("articles in Persian and Russian carry their language and direction", async ({ page }) => {
  const fa = articleInLanguage("fa");
  await page.goto(`/a/${encodeURIComponent(fa.slug)}`);
  await expect(page.locator('article[lang="fa"][dir="rtl"]')).toHaveCount(1);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fa.title);
  const cyr = articleInLanguage("ru");
  await page.goto(`/a/${encodeURIComponent(cyr.slug)}`);
  await expect(page.locator('article[lang="ru"][dir="ltr"]')).toHaveCount(1);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(cyr.title);
});

test("blog landing: description, About This Blog, Subscribe feeds, posts and stable page URLs deep into the archive", async ({ page }) => {
  const blog = biggestBlog();
  expect((await page.goto(`/blogs/${blog.slug}`))?.status()).toBe(200);
  await expectFrame(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(blog.title);
  await expect(page.getByRole("heading", { name: "About This Blog" })).toBeVisible();
  await expect(page.locator(`a[href="/feeds/blogs/${blog.slug}/rss.xml"]`)).toBeVisible();
  await expect(page.locator(`a[href="/feeds/blogs/${blog.slug}/atom.xml"]`)).toBeVisible();
  const firstPage = await page.locator("main article h3 a").allTextContents();
  expect(firstPage.length).toBe(Math.min(12, blog.n));
  if (blog.pages > 1) {
    await page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: "Next" }).click();
    await expect(page).toHaveURL(new RegExp(`/blogs/${blog.slug}/page/2$`));
    const second = await page.locator("main article h3 a").allTextContents();
    expect(second.some((t) => firstPage.includes(t))).toBe(false);
    expect((await page.goto(`/blogs/${blog.slug}/page/${blog.pages}`))?.status()).toBe(200);
  }
  expect((await page.goto(`/blogs/${blog.slug}/page/${blog.pages + 1}`))?.status()).toBe(404);
});

test("home page: top stories, latest news and a box per blog", async ({ page }) => {
  expect((await page.goto("/"))?.status()).toBe(200);
  await expectFrame(page);
  await expect(page.getByRole("heading", { name: "Top Stories" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Latest News" })).toBeVisible();
  await expect(page.getByRole("heading", { name: biggestBlog().title, exact: true })).toBeVisible();
  expect(await page.locator('main a[href^="/a/"]').count()).toBeGreaterThan(10);
});

test("author page: bio and articles", async ({ page }) => {
  const author = authorWithArticles();
  expect((await page.goto(`/authors/${author.slug}`))?.status()).toBe(200);
  await expectFrame(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(author.name);
  expect(await page.locator('main a[href^="/a/"]').count()).toBeGreaterThan(0);
});

test("news section and topic pages list stories", async ({ page }) => {
  expect((await page.goto("/news"))?.status()).toBe(200);
  await expectFrame(page);
  expect(await page.locator('main a[href^="/a/"]').count()).toBeGreaterThan(0);
  const tag = usedTag();
  expect((await page.goto(`/tags/${encodeURIComponent(tag.slug)}`))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(tag.name);
});

test("unknown pages answer 404 in the site's design", async ({ page }) => {
  for (const path of ["/a/no-such-story", "/blogs/no-such-blog", "/authors/nobody-here", "/completely/unknown", "/blogs/x/page/zero"]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expect(page.getByRole("navigation", { name: "Main navigation" })).toBeVisible();
  }
});

test("pages fit a 320 px wide screen without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ["/", `/a/${blogArticle().slug}`, `/blogs/${biggestBlog().slug}`]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test("print stylesheet drops navigation and the sidebar and shows link URLs", async ({ page }) => {
  await page.goto(`/a/${blogArticle().slug}`);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main navigation" })).toBeHidden();
  await expect(page.locator("aside")).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

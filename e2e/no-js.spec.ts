import { test, expect } from "./support/fixtures";
import { biggestBlog, blogArticle } from "./support/content";

test.use({ javaScriptEnabled: false });

test("an article reads fully without JavaScript, at the default size", async ({ page }) => {
  const a = blogArticle();
  await page.goto(`/a/${a.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(a.title);
  expect(await page.locator(".article-body p").count()).toBeGreaterThan(1);
  await expect(page.locator("article figure img").first()).toBeVisible();
  const size = await page.locator(".article-body").first().evaluate((el) => getComputedStyle(el).fontSize);
  expect(size).toBe("18px");
  // Buttons that cannot work without JavaScript are not offered.
  await expect(page.getByRole("button", { name: "LG Large text", exact: true })).toBeHidden();
  await expect(page.getByRole("heading", { name: "About This Blog" })).toBeVisible();
});

test("a blog landing and its pagination work without JavaScript", async ({ page }) => {
  const blog = biggestBlog();
  await page.goto(`/blogs/${blog.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(blog.title);
  expect(await page.locator("main article h3 a").count()).toBeGreaterThan(0);
  if (blog.pages > 1) {
    await page.getByRole("link", { name: "Next" }).click();
    await expect(page).toHaveURL(new RegExp(`/page/2$`));
    expect(await page.locator("main article h3 a").count()).toBeGreaterThan(0);
  }
  // Navigation works: follow a story from the list.
  await page.locator("main article h3 a").first().click();
  await expect(page).toHaveURL(/\/a\//);
  await expect(page.locator(".article-body")).toBeVisible();
});

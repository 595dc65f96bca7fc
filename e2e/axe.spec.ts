import { test } from "./support/fixtures";
import { expectNoAxeViolations } from "./support/axe";
import { articleInLanguage, authorWithArticles, biggestBlog, blogArticle, newsArticle, usedTag } from "./support/content";

/** Every page type, at the project's width (375 px mobile, 1280 px desktop). */
const pages = () => ({
  home: "/",
  "blog article": `/a/${blogArticle().slug}`,
  "news article": `/a/${newsArticle().slug}`,
  "Persian (RTL) article": `/a/${encodeURIComponent(articleInLanguage("fa").slug)}`,
  "blog landing": `/blogs/${biggestBlog().slug}`,
  "blog archive page": biggestBlog().pages > 1 ? `/blogs/${biggestBlog().slug}/page/2` : `/blogs/${biggestBlog().slug}`,
  "blogs index": "/blogs",
  author: `/authors/${authorWithArticles().slug}`,
  news: "/news",
  topic: `/tags/${encodeURIComponent(usedTag().slug)}`,
  search: "/search",
  "not found": "/a/no-such-story",
});

for (const name of Object.keys(pages())) {
  test(`axe finds nothing on the ${name} page`, async ({ page }) => {
    await page.goto(pages()[name as keyof ReturnType<typeof pages>]);
    await expectNoAxeViolations(page);
  });
}

for (const size of ["xs", "sm", "md", "lg"]) {
  test(`axe finds nothing on an article at text size ${size}, with the skip link focused`, async ({ page }) => {
    await page.addInitScript((s) => localStorage.setItem("dispatch:text-size", s), size);
    await page.goto(`/a/${blogArticle().slug}`);
    await page.keyboard.press("Tab");
    await expectNoAxeViolations(page);
  });
}

/**
 * Every rule axe has, best practices included: heading-order keeps story cards in the page's outline (an h1, a
 * section's h2, visible or not, then h3 cards), whatever lists them.
 */
const outlinePages = () => ({
  home: "/",
  "blog landing": `/blogs/${biggestBlog().slug}`,
  topic: `/tags/${encodeURIComponent(usedTag().slug)}`,
  author: `/authors/${authorWithArticles().slug}`,
  "search results": "/search?q=harbour",
  news: "/news",
});

for (const name of Object.keys(outlinePages())) {
  test(`axe with every rule finds nothing on the ${name} page`, async ({ page }) => {
    await page.goto(outlinePages()[name as keyof ReturnType<typeof outlinePages>]);
    await expectNoAxeViolations(page, { allRules: true });
  });
}

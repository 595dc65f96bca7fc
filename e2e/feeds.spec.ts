import { XMLParser } from "fast-xml-parser";
import { test, expect } from "./support/fixtures";
import { BASE_URL } from "./support/env";
import { biggestBlog, hiddenArticles } from "./support/content";

const parser = new XMLParser({ ignoreAttributes: false });
const asArray = <T,>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

/**
 * Titles of articles hidden both before and after `read`: other specs publish and unpublish drafts while this one
 * runs, and an article published in between may rightly be in what was read.
 */
async function hiddenThroughout<T>(read: () => Promise<T>): Promise<{ value: T; hiddenTitles: string[] }> {
  const before = new Set(hiddenArticles().map((a) => a.slug));
  const value = await read();
  return { value, hiddenTitles: hiddenArticles().filter((a) => before.has(a.slug)).map((a) => a.title) };
}

test("site and blog RSS feeds parse and list published articles with absolute links", async ({ request }) => {
  for (const path of ["/feeds/rss.xml", `/feeds/blogs/${biggestBlog().slug}/rss.xml`]) {
    const { value: res, hiddenTitles } = await hiddenThroughout(() => request.get(path));
    expect(res.status(), path).toBe(200);
    expect(res.headers()["content-type"]).toContain("application/rss+xml");
    const xml = await res.text();
    const doc = parser.parse(xml);
    const items = asArray(doc.rss.channel.item);
    expect(items.length, path).toBeGreaterThan(0);
    for (const item of items) expect(item.link).toMatch(new RegExp(`^${BASE_URL}/a/`));
    for (const title of hiddenTitles) expect(xml).not.toContain(title);
  }
});

test("site and blog Atom feeds parse and list published articles with absolute links", async ({ request }) => {
  for (const path of ["/feeds/atom.xml", `/feeds/blogs/${biggestBlog().slug}/atom.xml`]) {
    const { value: res, hiddenTitles } = await hiddenThroughout(() => request.get(path));
    expect(res.status(), path).toBe(200);
    expect(res.headers()["content-type"]).toContain("application/atom+xml");
    const xml = await res.text();
    const entries = asArray(parser.parse(xml).feed.entry);
    expect(entries.length, path).toBeGreaterThan(0);
    for (const title of hiddenTitles) expect(xml).not.toContain(title);
  }
});

test("a blog's feed lists only that blog's posts", async ({ request, page }) => {
  const blog = biggestBlog();
  const xml = await (await request.get(`/feeds/blogs/${blog.slug}/rss.xml`)).text();
  const links = asArray(parser.parse(xml).rss.channel.item).map((i: { link: string }) => new URL(i.link).pathname);
  await page.goto(`/blogs/${blog.slug}`);
  const onPage = await page.locator("main article h3 a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  expect(links.slice(0, onPage.length)).toEqual(onPage);
});

test("an unknown blog's feed is a 404", async ({ request }) => {
  expect((await request.get("/feeds/blogs/no-such-blog/rss.xml")).status()).toBe(404);
});

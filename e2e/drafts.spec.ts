import { test, expect } from "./support/fixtures";
import { biggestBlog, hiddenArticles } from "./support/content";

test("drafts, unpublished and future articles appear on no public page and their URLs are 404s", async ({ page, request }) => {
  const hidden = hiddenArticles();
  expect(hidden.length, "the demo content should include hidden articles to test with").toBeGreaterThan(0);
  for (const a of hidden) {
    expect((await request.get(`/a/${encodeURIComponent(a.slug)}`)).status(), a.slug).toBe(404);
  }
  for (const path of ["/", "/news", `/blogs/${biggestBlog().slug}`, "/feeds/rss.xml", "/feeds/atom.xml"]) {
    const html = await (await request.get(path)).text();
    for (const a of hidden) {
      expect(html, `${a.title} on ${path}`).not.toContain(a.title);
      expect(html, `${a.slug} on ${path}`).not.toContain(`/a/${a.slug}`);
    }
  }
  await page.goto("/");
});

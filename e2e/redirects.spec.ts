import { test, expect } from "./support/fixtures";
import { blogArticle, movedSlug } from "./support/content";

test("an article's old slug redirects permanently (308) to its current URL", async ({ request }) => {
  const { old, current } = movedSlug();
  const res = await request.get(`/a/${encodeURIComponent(old)}`, { maxRedirects: 0 });
  expect(res.status()).toBe(308);
  expect(res.headers()["location"]).toMatch(new RegExp(`/a/${encodeURIComponent(current)}$`));
});

test("a blog post's blog URL redirects (308) to its canonical /a/ URL", async ({ request }) => {
  const a = blogArticle();
  const res = await request.get(`/blogs/${a.blog}/${a.slug}`, { maxRedirects: 0 });
  expect(res.status()).toBe(308);
  expect(res.headers()["location"]).toMatch(new RegExp(`/a/${a.slug}$`));
  // The same slug under another blog is not an alias.
  expect((await request.get(`/blogs/not-${a.blog}/${a.slug}`, { maxRedirects: 0 })).status()).toBe(404);
});

test("page 1 of an archive has one URL", async ({ request }) => {
  const a = blogArticle();
  const res = await request.get(`/blogs/${a.blog}/page/1`, { maxRedirects: 0 });
  expect(res.status()).toBe(308);
  expect(res.headers()["location"]).toMatch(new RegExp(`/blogs/${a.blog}$`));
});

import Database from "better-sqlite3";
import { test, expect } from "./support/fixtures";
import { auth, createApiKey } from "./support/api";
import { articleInLanguage, hiddenArticles, usedTag } from "./support/content";
import { E2E_DB_PATH } from "./support/env";
import { createDraft, v1, type Draft } from "./support/preview";

/**
 * Related stories under an article: stories sharing its tags (then its blog), never the article itself, never a
 * draft. A draft sharing the article's tag and blog is created first, so it would rank near the top if the
 * published-only filter ever slipped.
 */
test.describe.configure({ mode: "serial" });

let draft: Draft;

/** A published article in the draft's blog that carries the draft's tag. */
function neighbourOf(d: Draft): { slug: string; title: string } {
  const db = new Database(E2E_DB_PATH, { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare(
        `select a.slug, a.title from articles a join blogs b on b.id = a.blog_id join article_tags at on at.article_id = a.id
         join tags t on t.id = at.tag_id
         where b.slug = ? and t.slug = ? and a.status = 'published' and a.published_at <= strftime('%Y-%m-%dT%H:%M:%fZ','now')
         order by a.published_at desc limit 1`,
      )
      .get(d.blog, d.tag) as { slug: string; title: string };
  } finally {
    db.close();
  }
}

function tagNamesOf(slug: string): string[] {
  const db = new Database(E2E_DB_PATH, { readonly: true, fileMustExist: true });
  try {
    const rows = db
      .prepare("select t.name from tags t join article_tags at on at.tag_id = t.id join articles a on a.id = at.article_id where a.slug = ?")
      .all(slug) as { name: string }[];
    return rows.map((r) => r.name);
  } finally {
    db.close();
  }
}

test.beforeAll(async ({ request }) => {
  draft = await createDraft(request, createApiKey(`e2e related ${Date.now()}`));
});

test("an article lists related stories: visible ones only, never itself or a draft", async ({ page, request }) => {
  const article = neighbourOf(draft);
  expect(article, `a published article tagged ${usedTag().slug} in ${draft.blog}`).toBeTruthy();
  await page.goto(`/a/${article.slug}`);
  const section = page.getByRole("region", { name: "Related stories" });
  await expect(section).toBeVisible();
  const links = section.getByRole("link");
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  expect(hrefs.length).toBeGreaterThanOrEqual(1);
  expect(hrefs.length).toBeLessThanOrEqual(6);
  const hidden = new Set(hiddenArticles().map((a) => `/a/${a.slug}`));
  for (const href of hrefs) {
    expect(href).toMatch(/^\/a\//);
    expect(href, "the article itself").not.toBe(`/a/${article.slug}`);
    expect(hidden.has(href), `${href} is not public`).toBe(false);
  }
  expect(hrefs).not.toContain(`/a/${draft.slug}`);
  await expect(section).not.toContainText(draft.marker);
  // Each is a live page, with a date beside its headline.
  for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200);
  await expect(section.locator("li time").first()).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T/);
});

test("a Persian article's related stories read right to left, under a Persian heading", async ({ page }) => {
  const fa = articleInLanguage("fa");
  await page.goto(`/fa/a/${encodeURIComponent(fa.slug)}`);
  const section = page.getByRole("region", { name: "مطالب مرتبط" });
  await expect(section).toBeVisible();
  // In the Persian edition the section inherits the document's language and direction.
  expect(await section.evaluate((el) => [el.closest("[lang]")?.getAttribute("lang"), getComputedStyle(el).direction])).toEqual(["fa", "rtl"]);
  // Each story keeps its own language and direction: its own lang and dir where they differ from the section's,
  // inherited where they are the same.
  const items = section.locator("li");
  expect(await items.count()).toBeGreaterThan(0);
  const read = await items.evaluateAll((lis) =>
    lis.map((li) => ({ lang: li.closest("[lang]")?.getAttribute("lang"), direction: getComputedStyle(li).direction })),
  );
  for (const { lang, direction } of read) expect(direction, `a story in ${lang}`).toBe(lang === "fa" || lang === "ar" ? "rtl" : "ltr");
  const hrefs = await section.getByRole("link").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  expect(hrefs).not.toContain(`/fa/a/${encodeURIComponent(fa.slug)}`);
});

test("the article page stays in the page cache with related stories on it", async ({ request }) => {
  const article = neighbourOf(draft);
  await request.get(`/a/${article.slug}`);
  const again = await request.get(`/a/${article.slug}`);
  expect(again.status()).toBe(200);
  expect(again.headers()["x-nextjs-cache"]).toMatch(/HIT|STALE/);
  expect(await again.text()).toContain("Related stories");
});

test("a story published later shows among its neighbours' related stories; unpublished, it leaves them", async ({ request }) => {
  const key = createApiKey(`e2e related publish ${Date.now()}`);
  const fresh = await createDraft(request, key, { hero: false });
  const article = neighbourOf(fresh);
  // Every tag of the neighbour, in its blog, and the newest: it ranks first once published.
  const patched = await request.patch(`${v1}/articles/${fresh.id}`, { headers: auth(key), data: { tags: tagNamesOf(article.slug) } });
  expect(patched.status()).toBe(200);
  const related = async () => {
    const html = await (await request.get(`/a/${article.slug}`)).text();
    return html.slice(html.indexOf('id="related-stories"'));
  };
  expect(await related()).not.toContain(`/a/${fresh.slug}`);
  expect((await request.post(`${v1}/articles/${fresh.id}/publish`, { headers: auth(key), data: {} })).status()).toBe(200);
  await expect.poll(related, { timeout: 15_000 }).toContain(`/a/${fresh.slug}`);
  expect((await request.post(`${v1}/articles/${fresh.id}/unpublish`, { headers: auth(key) })).status()).toBe(200);
  await expect.poll(related, { timeout: 15_000 }).not.toContain(`/a/${fresh.slug}`);
});

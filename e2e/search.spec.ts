import type { Page } from "@playwright/test";
import { test, expect } from "./support/fixtures";
import { createApiKey } from "./support/api";
import { expectNoAxeViolations } from "./support/axe";
import { articleInLanguage, biggestBlog, blogArticle } from "./support/content";
import { createDraft } from "./support/preview";
import { SEARCH_CACHE_CONTROL } from "../lib/search/http";
import { ui } from "../lib/i18n/ui";

/**
 * Site search as a reader uses it: from the header's box or the page's own form, with and without JavaScript,
 * filters, pagination that keeps the query, highlighted matches, an empty state that helps, and no input that
 * breaks it. "harbour" is in many demo and generated articles, so it has several pages of results.
 */
const COMMON = "harbour";

const headerSearch = (page: Page) => page.getByRole("banner").getByRole("search");
const pageForm = (page: Page) => page.getByRole("search", { name: "Search articles" });
/** The list of results, named in the edition's language. */
const results = (page: Page, lang = "en") => page.getByRole("list", { name: ui(lang).searchPage.results });

/** The longest word of a title: specific enough to find its article. */
function wordOf(title: string): string {
  return title.split(/[\s:،,.«»—-]+/u).sort((a, b) => b.length - a.length)[0];
}

async function expectResultsFor(page: Page, q: string) {
  await expect(page).toHaveURL(/\/search\?/);
  await expect(page.getByRole("heading", { level: 2, name: new RegExp(`results? for “${q}”`) })).toBeVisible();
  await expect(results(page).getByRole("listitem").first()).toBeVisible();
}

test("the header's search box leads to highlighted results (JavaScript on)", async ({ page }) => {
  await page.goto(`/a/${blogArticle().slug}`);
  await headerSearch(page).getByRole("searchbox").fill(COMMON);
  await headerSearch(page).getByRole("searchbox").press("Enter");
  await expectResultsFor(page, COMMON);
  expect(new URL(page.url()).searchParams.get("q")).toBe(COMMON);
  const marks = results(page).locator("mark");
  expect(await marks.count()).toBeGreaterThan(0);
  for (const text of await marks.allTextContents()) expect(text.toLowerCase()).toContain(COMMON);
  // The page's own box shows what was searched, and results link to articles.
  await expect(pageForm(page).getByRole("searchbox")).toHaveValue(COMMON);
  await results(page).locator("h3 a").first().click();
  await expect(page).toHaveURL(/\/a\//);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("search, filter and page through results with plain GET forms", async ({ page }) => {
    await page.goto("/");
    await headerSearch(page).getByRole("searchbox").fill(COMMON);
    await headerSearch(page).getByRole("button", { name: "Search" }).click();
    await expectResultsFor(page, COMMON);
    await expect(results(page).locator("mark").first()).toBeVisible();

    // Filter by blog with the page's own form (the filters fold open without script): every result is from it.
    const blog = biggestBlog();
    await expect(pageForm(page).getByLabel("Blog")).toBeHidden();
    await pageForm(page).locator("summary", { hasText: "Filters" }).click();
    await pageForm(page).getByLabel("Blog").selectOption(blog.slug);
    await pageForm(page).getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(new RegExp(`blog=${blog.slug}`));
    // A filter in use keeps them open, and says how many.
    await expect(pageForm(page).getByLabel("Blog")).toHaveValue(blog.slug);
    await expect(pageForm(page).locator("summary")).toContainText("1 in use");
    const blogNames = await results(page).getByRole("listitem").locator("p.uppercase").allTextContents();
    expect(blogNames.length).toBeGreaterThan(0);
    expect(new Set(blogNames)).toEqual(new Set([blog.title]));

    // Next page keeps the query and the filter.
    const next = page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: "Next" });
    if (await next.count()) {
      const firstPage = await results(page).locator("h3 a").allTextContents();
      await next.click();
      // Wait for page 2 itself before reading it (the link may navigate client-side).
      await expect(page).toHaveURL(/[?&]page=2(&|$)/);
      await expect(results(page)).toHaveAttribute("start", "11");
      const url = new URL(page.url());
      expect([url.searchParams.get("q"), url.searchParams.get("blog"), url.searchParams.get("page")]).toEqual([COMMON, blog.slug, "2"]);
      const second = await results(page).locator("h3 a").allTextContents();
      expect(second.length).toBeGreaterThan(0);
      expect(second.filter((t) => firstPage.includes(t))).toEqual([]);
    }
  });
});

test("filters by language and dates, and reports a bad date instead of failing", async ({ page }) => {
  // Ukrainian has no edition of its own: its stories are in the default edition's search, behind its language filter.
  const uk = articleInLanguage("uk");
  const res = await page.goto(`/search?q=${encodeURIComponent(wordOf(uk.title))}&lang=uk`);
  expect(res?.status()).toBe(200);
  const items = results(page).getByRole("listitem");
  await expect(items.first()).toBeVisible();
  await expect(items.locator("article")).toHaveAttribute("lang", "uk");
  await expect(page.getByRole("link", { name: uk.title })).toBeVisible();

  await page.goto(`/search?q=${COMMON}&from=2026-13-45&to=2001-01-01`);
  await expect(page.getByRole("list", { name: "About your search" })).toContainText("“2026-13-45” is not a date");
  // Up to 2001 nothing was published: the empty state, not an error.
  await expect(page.getByRole("heading", { level: 2, name: `No results for “${COMMON}”` })).toBeVisible();
  await expect(pageForm(page).getByLabel("Published until")).toHaveValue("2001-01-01");
  await page.getByRole("link", { name: "Remove the filters" }).click();
  await expectResultsFor(page, COMMON);
});

test("an empty result helps: suggestions, and links to browse", async ({ page }) => {
  const res = await page.goto("/search?q=zzqqxxnotaword");
  expect(res?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 2, name: "No results for “zzqqxxnotaword”" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Suggestions" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "the latest news" })).toHaveAttribute("href", "/news");
  // A page past the end says so and links back.
  await page.goto(`/search?q=${COMMON}&page=999`);
  await expect(page.getByText("There is no page 999 of these results.")).toBeVisible();
  await page.getByRole("link", { name: /Go to the last page/ }).click();
  await expect(results(page).getByRole("listitem").first()).toBeVisible();
});

test("junk, operators, very long queries, Cyrillic and Persian give a page, never an error", async ({ page, request }) => {
  const junk = Array.from({ length: 2000 }, (_, i) => `"*^:(){}-~!@#$%&|\\/<>=?,.;_ ANDORNOTNEAR🎉а寿${"\u0000"}`[(i * 7919) % 40]).join("");
  const queries = [junk, '"unclosed', "NEAR(a b) OR title:x", "*", "^harbour", "🎉🎉🎉", "x".repeat(5000), "' or 1=1 --"];
  for (const q of queries) {
    const res = await request.get(`/search?q=${encodeURIComponent(q)}`);
    expect(res.status(), q.slice(0, 40)).toBe(200);
    const html = await res.text();
    expect(html).not.toContain("Something went wrong");
  }
  await page.goto(`/search?q=${encodeURIComponent(junk)}`);
  await expect(page.getByRole("list", { name: "About your search" })).toContainText("only its first 200 characters were used");

  for (const lang of ["ru", "fa"]) {
    const a = articleInLanguage(lang);
    // In the story's own edition (the default edition's search holds neither).
    const res = await page.goto(`/${lang}/search?q=${encodeURIComponent(wordOf(a.title))}`);
    expect(res?.status()).toBe(200);
    await expect(results(page, lang).getByRole("link", { name: a.title })).toBeVisible();
    await expect(results(page, lang).locator("mark").first()).toBeVisible();
  }
});

test("a draft's own words are never found", async ({ page, request }) => {
  const draft = await createDraft(request, createApiKey(`e2e search ${Date.now()}`));
  const res = await page.goto(`/search?q=${draft.marker}`);
  expect(res?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 2, name: `No results for “${draft.marker}”` })).toBeVisible();
  await expect(page.locator(`a[href="/a/${draft.slug}"]`)).toHaveCount(0);
  const html = await (await request.get(`/search?q=${encodeURIComponent(`"${draft.content[0]}"`)}`)).text();
  expect(html).not.toContain(`/a/${draft.slug}`);
});

test("result pages are noindex and briefly shared-cacheable; other reader pages stay cacheable", async ({ page, request }) => {
  const res = await request.get(`/search?q=${COMMON}`);
  expect(res.headers()["cache-control"]).toBe(SEARCH_CACHE_CONTROL);
  await page.goto(`/search?q=${COMMON}`);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  const article = await request.get(`/a/${blogArticle().slug}`);
  expect(article.headers()["cache-control"]).toMatch(/s-maxage=\d+/);
  expect(article.headers()["cache-control"]).not.toMatch(/no-store|private/);
});

test("Skip to search still focuses the header's box on the search page", async ({ page }) => {
  await page.goto(`/search?q=${COMMON}`);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to search" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("input#search")).toBeFocused();
});

for (const [name, path] of [
  ["results", `/search?q=${COMMON}&page=2`],
  ["empty state", "/search?q=zzqqxxnotaword&lang=fa"],
  ["start", "/search"],
] as const) {
  test(`axe finds nothing on the search page: ${name}`, async ({ page }) => {
    await page.goto(path);
    await expectNoAxeViolations(page);
  });
}

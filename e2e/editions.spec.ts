import Database from "better-sqlite3";
import { test, expect } from "./support/fixtures";
import { expectNoAxeViolations } from "./support/axe";
import { E2E_DB_PATH } from "./support/env";
import { editionByCode } from "../lib/editions/registry";
import { ui } from "../lib/i18n/ui";

/**
 * Language editions (issue 13): the Persian and Russian editions are sites of their own under /fa and /ru, in
 * their language and direction, with every word of the interface in it; articles live in the edition of their
 * language, and an article's URL under another edition answers 308.
 */
const fa = editionByCode("fa")!;
const ru = editionByCode("ru")!;

function rows<T>(sql: string, ...args: unknown[]): T[] {
  const db = new Database(E2E_DB_PATH, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...args) as T[];
  } finally {
    db.close();
  }
}
const visible = `a.status = 'published' and a.published_at <= strftime('%Y-%m-%dT%H:%M:%fZ','now')`;
const one = <T>(sql: string, ...args: unknown[]) => {
  const r = rows<T>(sql, ...args)[0];
  if (!r) throw new Error(`The e2e database has nothing for: ${sql}`);
  return r;
};

/** The oldest published story in a language: demo content, never one another spec is publishing and taking down. */
const articleIn = (lang: string) => one<{ slug: string; title: string }>(`select a.slug, a.title from articles a where ${visible} and a.language = ? order by a.published_at, a.id limit 1`, lang);
const blogIn = (lang: string) => one<{ slug: string; title: string }>(`select b.slug, b.title from blogs b where b.language = ? and exists (select 1 from articles a where a.blog_id = b.id and ${visible}) limit 1`, lang);
const tagIn = (lang: string) =>
  one<{ slug: string }>(
    `select t.slug from tags t join article_tags at on at.tag_id = t.id join articles a on a.id = at.article_id where ${visible} and a.language = ? limit 1`,
    lang,
  );
const authorIn = (lang: string) =>
  one<{ slug: string }>(
    `select au.slug from authors au join article_authors aa on aa.author_id = au.id join articles a on a.id = aa.article_id where ${visible} and a.language = ? limit 1`,
    lang,
  );

/** Every string of the English interface that the Persian one says differently (the words that must not show). */
function englishOnlyStrings(): string[] {
  const out: string[] = [];
  const walk = (en: unknown, other: unknown) => {
    if (typeof en === "string") {
      // Templates ({n} more): their fixed words, at least two letters long.
      for (const part of en.split(/\{[^}]+\}/)) if (part.trim().length > 3 && en !== other) out.push(part.trim());
    } else if (en && typeof en === "object") for (const k of Object.keys(en)) walk((en as Record<string, unknown>)[k], (other as Record<string, unknown>)?.[k]);
  };
  walk(ui("en"), ui("fa"));
  // The newsroom's words are staff-facing and never on a reader page.
  return [...new Set(out)].filter((s) => !Object.values(ui("en").newsroom).includes(s as never));
}

const persianPages = () => ({
  home: "/fa",
  article: `/fa/a/${encodeURIComponent(articleIn("fa").slug)}`,
  blog: `/fa/blogs/${blogIn("fa").slug}`,
  news: "/fa/news",
  topic: `/fa/tags/${encodeURIComponent(tagIn("fa").slug)}`,
  author: `/fa/authors/${authorIn("fa").slug}`,
  search: `/fa/search?q=${encodeURIComponent("بندر")}`,
  blogs: "/fa/blogs",
  "not found": "/fa/a/no-such-story",
});

for (const [name, path] of Object.entries({ home: "/fa", news: "/fa/news" })) {
  test(`the Persian ${name} page is a Persian site: lang, dir, name and skip links`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("lang", "fa");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.locator("header .site-name")).toHaveText(fa.siteName);
    await expect(page.locator("header .site-name")).toHaveAttribute("href", "/fa");
    // The skip link is in Persian and moves focus to the main content.
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: ui("fa").skipToMain });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("main#main")).toBeFocused();
  });
}

test("no English interface string appears on any Persian page", async ({ page }) => {
  const english = englishOnlyStrings();
  expect(english.length).toBeGreaterThan(50);
  for (const [name, path] of Object.entries(persianPages())) {
    const res = await page.goto(path);
    expect(res?.status(), name).toBe(name === "not found" ? 404 : 200);
    await expect(page.locator("html"), name).toHaveAttribute("lang", "fa");
    const text = await page.locator("body").innerText();
    const found = english.filter((s) => new RegExp(`(^|[^A-Za-z])${s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}([^A-Za-z]|$)`).test(text));
    expect(found, `English interface words on the Persian ${name} page`).toEqual([]);
    // The document's title is the edition's too.
    expect(await page.title(), name).toContain(fa.siteName);
  }
});

/**
 * The Location of a redirect rendered by a page. On the first render of a cached (ISR) redirect Next sends the
 * header twice, identical (vercel/next.js#82117, open): every value must name the same place; later hits carry one.
 */
function locationOf(res: { headers(): Record<string, string> }): string {
  const values = [...new Set(res.headers().location.split(/,\s*/).map((v) => new URL(v, "http://x").pathname))];
  expect(values, "one destination").toHaveLength(1);
  return values[0];
}

test("an article answers 308 to its own edition from the default edition's URL and from another edition", async ({ request }) => {
  const slug = encodeURIComponent(articleIn("fa").slug);
  for (const wrong of [`/a/${slug}`, `/ru/a/${slug}`]) {
    const res = await request.get(wrong, { maxRedirects: 0 });
    expect(res.status(), wrong).toBe(308);
    expect(locationOf(res), wrong).toBe(`/fa/a/${slug}`);
  }
  const english = articleIn("en").slug;
  const res = await request.get(`/fa/a/${english}`, { maxRedirects: 0 });
  expect(res.status()).toBe(308);
  expect(locationOf(res)).toBe(`/a/${english}`);
  // The default edition's code is not an address of its own.
  const en = await request.get("/en/news", { maxRedirects: 0 });
  expect(en.status()).toBe(308);
  expect(new URL(en.headers().location, "http://x").pathname).toBe("/news");
});

test("an unknown edition code is a 404 in the default edition's frame", async ({ page }) => {
  for (const path of ["/xx", "/xx/news", "/zz/a/anything"]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(page.locator("html"), path).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1, name: ui("en").notFoundTitle }), path).toBeVisible();
  }
});

test("the edition switcher leads to each edition's home, each named in its own language", async ({ page }) => {
  await page.goto("/");
  const switcher = page.getByRole("list", { name: ui("en").editionsNav });
  await switcher.getByRole("link", { name: fa.label }).click();
  await expect(page).toHaveURL(/\/fa$/);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await page.getByRole("list", { name: ui("fa").editionsNav }).getByRole("link", { name: ru.label }).click();
  await expect(page).toHaveURL(/\/ru$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.locator("header .site-name")).toHaveText(ru.siteName);
});

test("on a story with no version in another edition, the switcher leads to that edition's home", async ({ page }) => {
  const single = one<{ slug: string }>(
    `select a.slug from articles a where ${visible} and a.language = 'en' and a.translation_of is null
     and not exists (select 1 from articles t where t.translation_of = a.id) order by a.published_at limit 1`,
  );
  await page.goto(`/a/${single.slug}`);
  const switcher = page.getByRole("list", { name: ui("en").editionsNav });
  await expect(switcher.getByRole("link", { name: fa.label })).toHaveAttribute("href", "/fa");
  await expect(switcher.getByRole("link", { name: ru.label })).toHaveAttribute("href", "/ru");
});

test("an edition lists only its own stories, and its search finds only them", async ({ page, request }) => {
  const persian = articleIn("fa");
  const english = articleIn("en");
  await page.goto("/fa/news");
  await expect(page.locator("main")).not.toContainText(english.title);
  const feed = await (await request.get("/fa/feeds/rss.xml")).text();
  expect(feed).toContain(`<language>fa</language>`);
  expect(feed).not.toContain(`/a/${english.slug}<`);
  // The default edition's feed does not carry the Persian story.
  const main = await (await request.get("/feeds/rss.xml")).text();
  expect(main).not.toContain(encodeURIComponent(persian.slug));
  // A word of the Persian headline: found under /fa/search, not under /search.
  const word = persian.title.split(/\s+/).find((w) => w.length > 4)!;
  await page.goto(`/fa/search?q=${encodeURIComponent(word)}`);
  await expect(page.locator("main")).toContainText(persian.title);
  await page.goto(`/search?q=${encodeURIComponent(word)}`);
  await expect(page.locator("main")).not.toContainText(persian.title);
});

test("a story's versions link to each other: Also in, and reciprocal hreflang with x-default", async ({ page }) => {
  const groups = rows<{ id: number; slug: string; language: string; root: number }>(
    `select a.id, a.slug, a.language, coalesce(a.translation_of, a.id) as root from articles a
     where ${visible} and coalesce(a.translation_of, a.id) in (select translation_of from articles where translation_of is not null)`,
  );
  expect(groups.length, "a demo story in several editions").toBeGreaterThanOrEqual(3);
  const root = groups[0].root;
  const versions = groups.filter((g) => g.root === root);
  const pathOf = (v: { slug: string; language: string }) => `${v.language === "en" ? "" : `/${v.language}`}/a/${encodeURIComponent(v.slug)}`;
  const sets: string[][] = [];
  for (const v of versions) {
    await page.goto(pathOf(v));
    const links = await page.locator('head link[rel="alternate"][hreflang]').evaluateAll((els) =>
      els.map((e) => `${e.getAttribute("hreflang")} ${new URL(e.getAttribute("href")!).pathname}`).sort(),
    );
    sets.push(links);
    const also = page.getByRole("navigation", { name: ui(v.language).alsoIn });
    for (const other of versions.filter((o) => o.id !== v.id)) {
      await expect(also.locator(`a[hreflang="${other.language}"]`)).toHaveAttribute("href", pathOf(other));
    }
  }
  // The same set from every version, each version listed once, plus x-default.
  for (const s of sets) expect(s).toEqual(sets[0]);
  expect(sets[0]).toHaveLength(versions.length + 1);
  expect(sets[0].some((l) => l.startsWith("x-default "))).toBe(true);
});

for (const [name, path] of Object.entries({ home: "/fa", article: "article", blog: "blog", search: "search" })) {
  test(`axe finds nothing on the Persian ${name} page`, async ({ page }) => {
    const pages = persianPages() as Record<string, string>;
    await page.goto(pages[path] ?? path);
    await expectNoAxeViolations(page);
  });
}

test("axe finds nothing on the Russian home page", async ({ page }) => {
  await page.goto("/ru");
  await expectNoAxeViolations(page);
});

test("text size works on a right-to-left article", async ({ page }) => {
  await page.goto(persianPages().article);
  const body = page.locator(".article-body").first();
  const before = parseFloat(await body.evaluate((el) => getComputedStyle(el).fontSize));
  await page.getByRole("button", { name: ui("fa").textSizeNames.lg }).click();
  await expect.poll(async () => parseFloat(await body.evaluate((el) => getComputedStyle(el).fontSize))).toBeGreaterThan(before);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the Persian edition reads and searches", async ({ page }) => {
    await page.goto("/fa");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await page.getByRole("searchbox", { name: ui("fa").searchLabel }).fill("بندر");
    await page.getByRole("button", { name: ui("fa").search, exact: true }).click();
    await expect(page).toHaveURL(/\/fa\/search\?q=/);
    await expect(page.locator("html")).toHaveAttribute("lang", "fa");
  });
});

test("the Persian typeface is downloaded on Persian pages only, from this site", async ({ page }) => {
  const fonts: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "font") fonts.push(r.url());
  });
  await page.goto("/");
  await page.evaluate(() => document.fonts.ready);
  expect(fonts.filter((u) => u.includes("vazirmatn")), "on the English home").toEqual([]);
  await page.goto(persianPages().article);
  await expect.poll(() => fonts.filter((u) => u.includes("vazirmatn-arabic")).length).toBeGreaterThan(0);
  for (const u of fonts) expect(new URL(u).origin, u).toBe(new URL(page.url()).origin);
  expect(fonts.filter((u) => u.includes("latin")), "no Latin file of the Persian font").toEqual([]);
  expect(await page.locator("h1").evaluate((el) => getComputedStyle(el).fontFamily)).toContain("Vazirmatn Arabic");
});

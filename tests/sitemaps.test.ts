import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/connection";
import { generateArticles } from "@/lib/demo/generate";
import { loadDemoContent } from "@/lib/demo/load";
import { seedArticle } from "@/lib/demo/seed";
import { editionOfLanguage } from "@/lib/editions/paths";
import { editionList } from "@/lib/editions/registry";
import { robotsRules } from "@/lib/seo/robots";
import { articleMonths } from "@/lib/seo/sitemap-queries";
import { monthParts, parseMonthSitemapFile } from "@/lib/seo/sitemap-xml";
import { monthSitemap, newsSitemap, pagesSitemap, sitemapIndex } from "@/lib/seo/sitemaps";
import { tempDb } from "./helpers/temp-db";
import { articlePath } from "@/lib/urls";

/**
 * The sitemaps against a real SQLite file: the demo newsroom (English, Russian, Persian and a Ukrainian story), 400
 * generated English articles over three years, and a few hand-made articles around a fixed "now" (published 47 h
 * and 49 h ago, drafts, scheduled, unpublished, edited; a Persian and an Arabic story in the news window, and a
 * Persian one alone in its month).
 */
let db: Db;
let cleanup: () => Promise<void>;

const siteUrl = "https://news.example.org/";
const origin = "https://news.example.org";
const now = new Date("2026-11-24T12:00:00.000Z");
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3600_000).toISOString();
const trickyTitle = `Q&A: "Tides" <rise> & 'fall' \u0007]]>`;
/** A month in which only the Persian edition has an article (the generated ones start three years before `now`). */
const persianOnlyMonth = "2019-03";

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  isArray: (name) => ["sitemap", "url"].includes(name),
});

function parse(xml: string | null) {
  expect(xml).not.toBeNull();
  expect(XMLValidator.validate(xml!)).toBe(true);
  return parser.parse(xml!);
}

type Row = { slug: string; language: string; status: string; published_at: string | null; updated_at: string };
let rows: Row[];
/** What readers may see at `now`, worked out in plain JS from the rows: the expectation the queries must meet. */
const visibleRows = () => rows.filter((r) => r.status === "published" && r.published_at !== null && r.published_at <= now.toISOString());
const hidden = () => rows.filter((r) => !visibleRows().includes(r));
/** The visible articles of one edition: those whose language is its own, or no edition's for the default edition. */
const editionRows = (code: string) => visibleRows().filter((r) => editionOfLanguage(r.language).code === code);
const monthsOf = (rs: Row[]) => [...new Set(rs.map((r) => r.published_at!.slice(0, 7)))].sort().reverse();
/** An article's URL, in the edition of its language (/fa/a/<slug> for a Persian one). */
const urlOf = (slug: string) => new URL(`${origin}${articlePath(slug, rows.find((r) => r.slug === slug)?.language ?? "en")}`).href;
/** Where an edition's sitemaps are, as the index must name them: /sitemaps for English, /sitemaps/<code> for the others. */
const folderOf = (code: string) => (code === "en" ? `${origin}/sitemaps` : `${origin}/sitemaps/${code}`);
const urlsOf = (doc: { urlset: { url?: unknown[] } }) => (doc.urlset.url ?? []) as { loc: string; lastmod?: string }[];
const pathsOf = (doc: { urlset: { url?: unknown[] } }) => urlsOf(doc).map((u) => decodeURIComponent(new URL(u.loc).pathname));

beforeAll(async () => {
  ({ db, cleanup } = await tempDb());
  await loadDemoContent(db);
  await generateArticles(db, 400, { seed: 11, now });
  const make = (title: string, fields: Partial<Parameters<typeof seedArticle>[1]>) =>
    seedArticle(db, { title, body: "Text.", tags: ["Sitemap test"], ...fields });
  await make(trickyTitle, { slug: "tricky-title", status: "published", publishedAt: hoursAgo(5), language: "en" });
  await make("Inside the window", { status: "published", publishedAt: hoursAgo(47), language: "ru" });
  await make("Outside the window", { status: "published", publishedAt: hoursAgo(49) });
  await make("Draft in the window", { status: "draft", publishedAt: hoursAgo(2), tags: ["Only drafts here"] });
  await make("Scheduled for tomorrow", { status: "scheduled", publishedAt: hoursAgo(-24) });
  await make("Published in the future", { status: "published", publishedAt: hoursAgo(-1) });
  await make("Pulled from the window", { status: "unpublished", publishedAt: hoursAgo(3) });
  await make("Edited later", { status: "published", publishedAt: "2026-10-05T08:00:00.000Z", updatedAt: "2026-11-23T17:45:00.000Z" });
  await make("Persian in the window", { slug: "persian-in-the-window", status: "published", publishedAt: hoursAgo(10), language: "fa", tags: ["Persian sitemap test"] });
  await make("Persian draft in the window", { slug: "persian-draft", status: "draft", publishedAt: hoursAgo(1), language: "fa", tags: ["Persian draft only"] });
  await make("Arabic in the window", { slug: "arabic-in-the-window", status: "published", publishedAt: hoursAgo(20), language: "ar" });
  await make("Persian, alone in its month", { slug: "persian-alone", status: "published", publishedAt: `${persianOnlyMonth}-10T09:00:00.000Z`, language: "fa", tags: ["Persian sitemap test"] });
  rows = await db.selectFrom("articles").select(["slug", "language", "status", "published_at", "updated_at"]).execute();
});
afterAll(async () => cleanup());

describe("sitemap index", () => {
  const indexLocs = async (cap?: number) =>
    (parse(await sitemapIndex(db, { siteUrl, now, cap })).sitemapindex.sitemap as { loc: string; lastmod?: string }[]).map((s) => s.loc);

  it("lists every edition's pages, news and month sitemaps, each edition's own months only, English first", async () => {
    const doc = parse(await sitemapIndex(db, { siteUrl, now }));
    const locs: string[] = doc.sitemapindex.sitemap.map((s: { loc: string }) => s.loc);
    expect(editionList.map((e) => e.code)).toEqual(["en", "ru", "fa"]);
    expect(locs).toEqual(
      editionList.flatMap((e) => [
        `${folderOf(e.code)}/pages.xml`,
        `${folderOf(e.code)}/news.xml`,
        ...monthsOf(editionRows(e.code)).map((m) => `${folderOf(e.code)}/articles/${m}.xml`),
      ]),
    );
    // The default edition keeps the addresses it had before editions; the others are under their code.
    expect(locs.slice(0, 2)).toEqual([`${origin}/sitemaps/pages.xml`, `${origin}/sitemaps/news.xml`]);
    for (const name of ["pages.xml", "news.xml", "articles/2026-11.xml"]) {
      expect(locs).toContain(`${origin}/sitemaps/${name}`);
      expect(locs).toContain(`${origin}/sitemaps/ru/${name}`);
      expect(locs).toContain(`${origin}/sitemaps/fa/${name}`);
    }
    expect(locs.some((l) => l.includes("/sitemaps/en/"))).toBe(false);
    expect(doc.sitemapindex["@_xmlns"]).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
    // Every edition here has articles and news of the last 48 hours, so every file has a lastmod.
    for (const s of doc.sitemapindex.sitemap as { loc: string; lastmod?: string }[]) expect(s.lastmod, s.loc).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it("names a month only in the set of the edition that has articles in it", async () => {
    const locs = await indexLocs();
    expect(editionRows("fa").filter((r) => r.published_at!.startsWith(persianOnlyMonth)).length).toBe(1);
    expect(visibleRows().filter((r) => r.published_at!.startsWith(persianOnlyMonth)).length).toBe(1);
    expect(locs.filter((l) => l.includes(persianOnlyMonth))).toEqual([`${origin}/sitemaps/fa/articles/${persianOnlyMonth}.xml`]);
    // The other way round: generated English months are not in the Persian or Russian sets.
    const englishOnly = monthsOf(editionRows("en")).filter((m) => !monthsOf(editionRows("fa")).includes(m) && !monthsOf(editionRows("ru")).includes(m));
    expect(englishOnly.length).toBeGreaterThan(10);
    for (const m of englishOnly) expect(locs.filter((l) => l.endsWith(`/${m}.xml`)), m).toEqual([`${origin}/sitemaps/articles/${m}.xml`]);
  });

  it("gives each month the latest updated_at of that edition's articles in it as lastmod", async () => {
    const doc = parse(await sitemapIndex(db, { siteUrl, now }));
    const entry = (loc: string) => (doc.sitemapindex.sitemap as { loc: string; lastmod: string }[]).find((s) => s.loc === loc)!;
    const latest = (code: string, month: string) => editionRows(code).filter((r) => r.published_at!.startsWith(month)).map((r) => r.updated_at).sort().at(-1);
    expect(latest("en", "2026-10")).toBe("2026-11-23T17:45:00.000Z");
    expect(entry(`${origin}/sitemaps/articles/2026-10.xml`).lastmod).toBe(latest("en", "2026-10"));
    expect(entry(`${origin}/sitemaps/fa/articles/2026-10.xml`).lastmod).toBe(latest("fa", "2026-10"));
    expect(latest("fa", "2026-10")).not.toBe(latest("en", "2026-10"));
    // The pages sitemap's lastmod is the edition's latest change; the news sitemap's its newest story.
    expect(entry(`${origin}/sitemaps/fa/pages.xml`).lastmod).toBe(editionRows("fa").map((r) => r.updated_at).sort().at(-1));
    const newestNews = (code: string) => editionRows(code).map((r) => r.published_at!).filter((p) => p >= hoursAgo(48)).sort().at(-1);
    expect(newestNews("fa")).toBe(hoursAgo(10));
    expect(entry(`${origin}/sitemaps/fa/news.xml`).lastmod).toBe(newestNews("fa"));
    expect(entry(`${origin}/sitemaps/ru/news.xml`).lastmod).toBe(newestNews("ru"));
    expect(entry(`${origin}/sitemaps/news.xml`).lastmod).toBe(newestNews("en"));
    expect(new Set(["en", "ru", "fa"].map(newestNews)).size).toBe(3);
  });
});

describe("month sitemaps", () => {
  it("group every published article under its edition and the month of its publication, with lastmod from updated_at", async () => {
    const all: string[] = [];
    for (const { code } of editionList) {
      const listed: string[] = [];
      for (const { month } of await articleMonths(db, { now, edition: code })) {
        const urls = urlsOf(parse(await monthSitemap(db, code, `${month}.xml`, { siteUrl, now })));
        for (const u of urls) {
          const row = rows.find((r) => urlOf(r.slug) === u.loc)!;
          expect(row.published_at!.slice(0, 7), u.loc).toBe(month);
          expect(editionOfLanguage(row.language).code, u.loc).toBe(code);
          expect(u.lastmod, u.loc).toBe(row.updated_at);
        }
        listed.push(...urls.map((u) => u.loc));
      }
      expect(listed.sort(), code).toEqual(editionRows(code).map((r) => urlOf(r.slug)).sort());
      all.push(...listed);
    }
    // Together the editions list every visible article exactly once.
    expect(all.sort()).toEqual(visibleRows().map((r) => urlOf(r.slug)).sort());
    const edited = rows.find((r) => r.slug === "edited-later")!;
    expect(edited.updated_at).not.toBe(edited.published_at);
  });

  it("keep Persian articles in the Persian file and out of the English one; stories in no edition's language are English", async () => {
    const persian = urlsOf(parse(await monthSitemap(db, "fa", "2026-11.xml", { siteUrl, now })));
    const english = urlsOf(parse(await monthSitemap(db, "en", "2026-11.xml", { siteUrl, now })));
    const languageOf = (loc: string) => rows.find((r) => urlOf(r.slug) === loc)!.language;
    expect(persian.map((u) => u.loc)).toContain(urlOf("persian-in-the-window"));
    expect(persian.length).toBe(editionRows("fa").filter((r) => r.published_at!.startsWith("2026-11")).length);
    for (const u of persian) {
      expect(languageOf(u.loc), u.loc).toBe("fa");
      expect(new URL(u.loc).pathname.startsWith("/fa/a/"), u.loc).toBe(true);
    }
    expect(english.length).toBeGreaterThan(0);
    for (const u of english) expect(languageOf(u.loc), u.loc).not.toMatch(/^(fa|ru)$/);
    expect(english.map((u) => u.loc)).toContain(urlOf("arabic-in-the-window"));
    const ukrainian = editionRows("en").find((r) => r.language === "uk")!;
    expect(urlsOf(parse(await monthSitemap(db, "en", `${ukrainian.published_at!.slice(0, 7)}.xml`, { siteUrl, now }))).map((u) => u.loc)).toContain(urlOf(ukrainian.slug));
  });

  it("hold a month with one edition's articles only in that edition's set", async () => {
    const file = `${persianOnlyMonth}.xml`;
    expect(urlsOf(parse(await monthSitemap(db, "fa", file, { siteUrl, now }))).map((u) => u.loc)).toEqual([urlOf("persian-alone")]);
    expect(await monthSitemap(db, "en", file, { siteUrl, now })).toBeNull();
    expect(await monthSitemap(db, "ru", file, { siteUrl, now })).toBeNull();
    const englishOnly = monthsOf(editionRows("en")).at(-1)!;
    expect(monthsOf(editionRows("fa"))).not.toContain(englishOnly);
    expect(await monthSitemap(db, "en", `${englishOnly}.xml`, { siteUrl, now })).not.toBeNull();
    expect(await monthSitemap(db, "fa", `${englishOnly}.xml`, { siteUrl, now })).toBeNull();
  });

  it("never list drafts, scheduled, future or unpublished articles", async () => {
    const files = await Promise.all(
      editionList.map(async (e) =>
        Promise.all((await articleMonths(db, { now, edition: e.code })).map((m) => monthSitemap(db, e.code, `${m.month}.xml`, { siteUrl, now }))),
      ),
    );
    const all = files.flat().join("");
    expect(hidden().length).toBeGreaterThanOrEqual(6);
    for (const r of hidden()) expect(all, r.slug).not.toContain(`/a/${r.slug}<`);
  });

  it("split a month that holds more than the cap into numbered parts that together list it once", async () => {
    const months = await articleMonths(db, { now, edition: "en" });
    const big = months.reduce((a, b) => (b.count > a.count ? b : a));
    expect(big.count).toBeGreaterThanOrEqual(7);
    const cap = 3;
    const parts = Math.ceil(big.count / cap);

    const index = parse(await sitemapIndex(db, { siteUrl, now, cap }));
    const names = index.sitemapindex.sitemap
      .map((s: { loc: string }) => s.loc)
      .filter((l: string) => l.startsWith(`${origin}/sitemaps/articles/${big.month}`))
      .map((l: string) => l.split("/").at(-1));
    expect(names).toEqual([`${big.month}.xml`, ...Array.from({ length: parts - 1 }, (_, i) => `${big.month}-${i + 2}.xml`)]);

    const seen: string[] = [];
    for (const name of names) {
      const urls = urlsOf(parse(await monthSitemap(db, "en", name, { siteUrl, now, cap })));
      expect(urls.length).toBeLessThanOrEqual(cap);
      seen.push(...urls.map((u) => u.loc));
    }
    expect(seen.length).toBe(big.count);
    expect(new Set(seen).size).toBe(big.count);
    // One past the last part, a part 1 spelled "-1", and a month without articles are not sitemaps.
    expect(await monthSitemap(db, "en", `${big.month}-${parts + 1}.xml`, { siteUrl, now, cap })).toBeNull();
    expect(await monthSitemap(db, "en", `${big.month}-1.xml`, { siteUrl, now, cap })).toBeNull();
    expect(await monthSitemap(db, "en", "1999-01.xml", { siteUrl, now })).toBeNull();
    expect(await monthSitemap(db, "en", "2026-13.xml", { siteUrl, now })).toBeNull();
    expect(await monthSitemap(db, "en", "../../etc/passwd", { siteUrl, now })).toBeNull();
  });

  it("split each edition's months by that edition's count, not the month's total", async () => {
    const persian = editionRows("fa").filter((r) => r.published_at!.startsWith("2026-11"));
    expect(persian.length).toBe(3);
    const cap = 2;
    const locs = (parse(await sitemapIndex(db, { siteUrl, now, cap })).sitemapindex.sitemap as { loc: string }[]).map((s) => s.loc);
    expect(locs.filter((l) => l.includes("/sitemaps/fa/articles/2026-11"))).toEqual([
      `${origin}/sitemaps/fa/articles/2026-11.xml`,
      `${origin}/sitemaps/fa/articles/2026-11-2.xml`,
    ]);
    const first = urlsOf(parse(await monthSitemap(db, "fa", "2026-11.xml", { siteUrl, now, cap })));
    const second = urlsOf(parse(await monthSitemap(db, "fa", "2026-11-2.xml", { siteUrl, now, cap })));
    expect(first.length).toBe(2);
    expect([...first, ...second].map((u) => u.loc).sort()).toEqual(persian.map((r) => urlOf(r.slug)).sort());
    expect(await monthSitemap(db, "fa", "2026-11-3.xml", { siteUrl, now, cap })).toBeNull();
    // Far more English articles that month: its parts go on well past the Persian edition's two.
    expect(locs.filter((l) => l.startsWith(`${origin}/sitemaps/articles/2026-11`)).length).toBeGreaterThan(2);
  });

  it("keeps the default cap at the sitemaps.org limit of 50,000 URLs per file", () => {
    const parts = monthParts([{ month: "2026-11", count: 100_001, lastModified: "2026-11-24T00:00:00.000Z" }]);
    expect(parts.map((p) => [p.part, p.offset, p.limit])).toEqual([
      [1, 0, 50_000],
      [2, 50_000, 50_000],
      [3, 100_000, 50_000],
    ]);
    expect(parseMonthSitemapFile("2026-11-3.xml")).toEqual({ month: "2026-11", part: 3 });
    expect(parseMonthSitemapFile("2026-11.xml")).toEqual({ month: "2026-11", part: 1 });
    expect(parseMonthSitemapFile("2026-11-0.xml")).toBeNull();
  });
});

describe("translations in the month sitemaps", () => {
  it("give each version of a translated story its versions as xhtml:link, the same set from each, with x-default", async () => {
    const versions = await db
      .selectFrom("articles")
      .select(["id", "slug", "language", "published_at", "translation_of"])
      .where((eb) => eb.or([eb("translation_of", "is not", null), eb("id", "in", eb.selectFrom("articles").select("translation_of").where("translation_of", "is not", null))]))
      .execute();
    expect(versions.length, "the demo has a story in three editions").toBeGreaterThanOrEqual(3);
    expect(new Set(versions.map((v) => editionOfLanguage(v.language).code)).size).toBe(3);
    const sets: string[][] = [];
    for (const v of versions) {
      // Each version in its own edition's month file, with its versions in the others as alternates.
      const xml = (await monthSitemap(db, editionOfLanguage(v.language).code, `${v.published_at!.slice(0, 7)}.xml`, { siteUrl, now }))!;
      const url = (parse(xml).urlset.url as { loc: string; "xhtml:link"?: { "@_hreflang": string; "@_href": string }[] }[]).find((u) => u.loc === urlOf(v.slug))!;
      expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
      sets.push([url["xhtml:link"]!].flat().map((l) => `${l["@_hreflang"]} ${l["@_href"]}`).sort());
    }
    for (const set of sets) expect(set).toEqual(sets[0]);
    expect(sets[0]).toEqual([...versions.map((v) => `${v.language} ${urlOf(v.slug)}`), `x-default ${urlOf(versions.find((v) => v.language === "en")!.slug)}`].sort());
  });

  it("leave a story without versions with no alternates", async () => {
    const plain = rows.find((r) => r.slug.startsWith("generated-") && r.status === "published" && r.published_at! <= now.toISOString())!;
    const xml = (await monthSitemap(db, "en", `${plain.published_at!.slice(0, 7)}.xml`, { siteUrl, now }))!;
    const url = (parse(xml).urlset.url as { loc: string }[]).find((u) => u.loc === urlOf(plain.slug))!;
    expect(url).not.toHaveProperty("xhtml:link");
  });
});

describe("news sitemaps", () => {
  async function news(edition: string) {
    const doc = parse(await newsSitemap(db, edition, { siteUrl, now }));
    return { doc, urls: (doc.urlset.url ?? []) as { loc: string; "news:news": Record<string, Record<string, string> | string> }[] };
  }
  const inWindow = (code: string) => editionRows(code).filter((r) => r.published_at! >= hoursAgo(48)).map((r) => urlOf(r.slug));

  it("list each edition's articles of the last 48 hours (47 h in, 49 h out) and nothing hidden or another edition's", async () => {
    const { doc } = await news("en");
    expect(doc.urlset["@_xmlns:news"]).toBe("http://www.google.com/schemas/sitemap-news/0.9");
    const locs = Object.fromEntries(await Promise.all(editionList.map(async (e) => [e.code, (await news(e.code)).urls.map((u) => u.loc)] as const)));
    for (const e of editionList) expect([...locs[e.code]].sort(), e.code).toEqual(inWindow(e.code).sort());
    expect(locs.ru).toContain(urlOf("inside-the-window"));
    expect(locs.fa).toEqual([urlOf("persian-in-the-window")]);
    expect(locs.en).toContain(urlOf("tricky-title"));
    expect(locs.en).toContain(urlOf("arabic-in-the-window"));
    for (const other of [urlOf("inside-the-window"), urlOf("persian-in-the-window"), urlOf("outside-the-window")]) expect(locs.en).not.toContain(other);
    const listed = Object.values(locs).flat();
    for (const slug of ["draft-in-the-window", "persian-draft", "scheduled-for-tomorrow", "published-in-the-future", "pulled-from-the-window"]) {
      expect(listed).not.toContain(urlOf(slug));
    }
  });

  it("name the edition as the publication, with the article's language, its publication date and its headline", async () => {
    const ru = (await news("ru")).urls.find((u) => u.loc === urlOf("inside-the-window"))!["news:news"];
    // The Russian edition's own name: each edition is a publication of its own.
    expect(ru["news:publication"]).toEqual({ "news:name": "Меридиан Диспетч", "news:language": "ru" });
    expect(ru["news:publication_date"]).toBe(hoursAgo(47));
    expect(ru["news:title"]).toBe("Inside the window");
    const fa = (await news("fa")).urls[0]["news:news"];
    expect(fa["news:publication"]).toEqual({ "news:name": "مریدین دیسپچ", "news:language": "fa" });
    // A story in a language with no edition of its own is published by the default edition, in its own language.
    const ar = (await news("en")).urls.find((u) => u.loc === urlOf("arabic-in-the-window"))!["news:news"];
    expect(ar["news:publication"]).toEqual({ "news:name": "The Meridian Dispatch", "news:language": "ar" });
  });

  it("escape & < > and quotes in headlines and drop characters XML forbids", async () => {
    const xml = (await newsSitemap(db, "en", { siteUrl, now }))!;
    expect(xml).toContain("Q&amp;A: &quot;Tides&quot; &lt;rise&gt; &amp; &apos;fall&apos; ]]&gt;");
    const tricky = (await news("en")).urls.find((u) => u.loc === urlOf("tricky-title"))!["news:news"];
    expect(tricky["news:title"]).toBe(`Q&A: "Tides" <rise> & 'fall' ]]>`);
  });
});

describe("section pages sitemaps", () => {
  type Byline = { slug: string; language: string; status: string; published_at: string | null };
  /** Author or tag slugs with a visible article in the edition, worked out in JS from the join rows. */
  const slugsWithStories = (byline: Byline[], code: string) =>
    [...new Set(byline.filter((b) => b.status === "published" && b.published_at! <= now.toISOString() && editionOfLanguage(b.language).code === code).map((b) => b.slug))].sort();
  const bylines = () =>
    db
      .selectFrom("authors")
      .innerJoin("article_authors", "article_authors.author_id", "authors.id")
      .innerJoin("articles", "articles.id", "article_authors.article_id")
      .select(["authors.slug", "articles.language", "articles.status", "articles.published_at"])
      .execute();
  const tagged = () =>
    db
      .selectFrom("tags")
      .innerJoin("article_tags", "article_tags.tag_id", "tags.id")
      .innerJoin("articles", "articles.id", "article_tags.article_id")
      .select(["tags.slug", "articles.language", "articles.status", "articles.published_at"])
      .execute();
  const pages = async (code: string) => parse(await pagesSitemap(db, code, { siteUrl, now }));

  it("list English home, news, blogs, its blogs, authors and topics, all absolute, and no other edition's page", async () => {
    const doc = await pages("en");
    const paths = pathsOf(doc);
    expect(paths.slice(0, 3)).toEqual(["/", "/news", "/blogs"]);
    expect(paths).toContain("/blogs/harbour-lights");
    expect(paths).toContain("/tags/sitemap-test");
    expect(paths.some((p) => p.startsWith("/authors/"))).toBe(true);
    // A tag only a draft carries has no page, so it is not announced.
    expect(paths).not.toContain("/tags/only-drafts-here");
    for (const p of paths) expect(p, p).not.toMatch(/^\/(fa|ru)(\/|$)/);
    expect(paths).not.toContain("/blogs/fanus");
    expect(paths).not.toContain("/tags/persian-sitemap-test");
    for (const u of urlsOf(doc)) expect(u.loc.startsWith(`${origin}/`)).toBe(true);
    expect(urlsOf(doc)[0].lastmod).toBe(editionRows("en").map((r) => r.updated_at).sort().at(-1));
  });

  it("list the Persian edition's home, news, blogs index, its blog, and its authors and topics only", async () => {
    const doc = await pages("fa");
    const paths = pathsOf(doc);
    expect(paths.slice(0, 3)).toEqual(["/fa", "/fa/news", "/fa/blogs"]);
    expect(paths.filter((p) => p.startsWith("/fa/blogs/"))).toEqual(["/fa/blogs/fanus"]);
    expect(paths).toContain("/fa/tags/persian-sitemap-test");
    expect(paths).not.toContain("/fa/tags/sitemap-test");
    expect(paths).not.toContain("/fa/tags/persian-draft-only");
    for (const p of paths) expect(p.startsWith("/fa"), p).toBe(true);
    expect(urlsOf(doc)[0].lastmod).toBe(editionRows("fa").map((r) => r.updated_at).sort().at(-1));
    expect(urlsOf(doc)[0].lastmod).not.toBe(editionRows("en").map((r) => r.updated_at).sort().at(-1));
  });

  it("list an author's and a topic's page in exactly the editions with published stories of theirs", async () => {
    const [byline, tags] = await Promise.all([bylines(), tagged()]);
    for (const { code } of editionList) {
      const paths = pathsOf(await pages(code));
      const prefix = code === "en" ? "" : `/${code}`;
      const listed = (section: string) => paths.filter((p) => p.startsWith(`${prefix}/${section}/`)).map((p) => p.slice(`${prefix}/${section}/`.length)).sort();
      expect(listed("authors"), code).toEqual(slugsWithStories(byline, code));
      expect(listed("tags"), code).toEqual(slugsWithStories(tags, code));
      expect(listed("authors").length, code).toBeGreaterThan(0);
    }
    expect(pathsOf(await pages("ru"))).toContain("/ru/tags/sitemap-test");
  });
});

describe("unknown editions", () => {
  it("have no sitemaps: a code no edition has, or a language without an edition, is null (the routes' 404)", async () => {
    for (const code of ["xx", "ar", "uk", ""]) {
      expect(await pagesSitemap(db, code, { siteUrl, now }), code).toBeNull();
      expect(await newsSitemap(db, code, { siteUrl, now }), code).toBeNull();
      expect(await monthSitemap(db, code, "2026-11.xml", { siteUrl, now }), code).toBeNull();
    }
  });
});

describe("robots.txt", () => {
  it("points at the one sitemap index and each edition's news sitemap and keeps crawlers out of the newsroom, the API and search", () => {
    const robots = robotsRules(siteUrl);
    expect(robots.sitemap).toEqual([`${origin}/sitemap.xml`, `${origin}/sitemaps/news.xml`, `${origin}/sitemaps/ru/news.xml`, `${origin}/sitemaps/fa/news.xml`]);
    expect(robots.rules.disallow).toEqual(["/newsroom", "/api", "/search", "/ru/search", "/fa/search"]);
  });
});

import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/connection";
import { generateArticles } from "@/lib/demo/generate";
import { loadDemoContent } from "@/lib/demo/load";
import { seedArticle } from "@/lib/demo/seed";
import { robotsRules } from "@/lib/seo/robots";
import { articleMonths } from "@/lib/seo/sitemap-queries";
import { monthParts, parseMonthSitemapFile } from "@/lib/seo/sitemap-xml";
import { monthSitemap, newsSitemap, pagesSitemap, sitemapIndex } from "@/lib/seo/sitemaps";
import { tempDb } from "./helpers/temp-db";
import { articlePath } from "@/lib/urls";

/**
 * The sitemaps against a real SQLite file: the demo newsroom, 400 generated articles over three years, and a few
 * hand-made articles around a fixed "now" (published 47 h and 49 h ago, drafts, scheduled, unpublished, edited).
 */
let db: Db;
let cleanup: () => Promise<void>;

const siteUrl = "https://news.example.org/";
const origin = "https://news.example.org";
const now = new Date("2026-11-24T12:00:00.000Z");
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3600_000).toISOString();
const trickyTitle = `Q&A: "Tides" <rise> & 'fall' \u0007]]>`;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  isArray: (name) => ["sitemap", "url"].includes(name),
});

function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml);
}

type Row = { slug: string; language: string; status: string; published_at: string | null; updated_at: string };
let rows: Row[];
/** What readers may see at `now`, worked out in plain JS from the rows: the expectation the queries must meet. */
const visibleRows = () => rows.filter((r) => r.status === "published" && r.published_at !== null && r.published_at <= now.toISOString());
const hidden = () => rows.filter((r) => !visibleRows().includes(r));
/** An article's URL, in the edition of its language (/fa/a/<slug> for a Persian one). */
const urlOf = (slug: string) => new URL(`${origin}${articlePath(slug, rows.find((r) => r.slug === slug)?.language ?? "en")}`).href;

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
  rows = await db.selectFrom("articles").select(["slug", "language", "status", "published_at", "updated_at"]).execute();
});
afterAll(async () => cleanup());

describe("sitemap index", () => {
  it("points at the section pages, the news sitemap and one sitemap per month with published articles", async () => {
    const doc = parse(await sitemapIndex(db, { siteUrl, now }));
    const locs: string[] = doc.sitemapindex.sitemap.map((s: { loc: string }) => s.loc);
    const months = [...new Set(visibleRows().map((r) => r.published_at!.slice(0, 7)))].sort().reverse();
    expect(locs).toEqual([
      `${origin}/sitemaps/pages.xml`,
      `${origin}/sitemaps/news.xml`,
      ...months.map((m) => `${origin}/sitemaps/articles/${m}.xml`),
    ]);
    expect(doc.sitemapindex["@_xmlns"]).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
  });

  it("gives each month the latest updated_at of its articles as lastmod", async () => {
    const doc = parse(await sitemapIndex(db, { siteUrl, now }));
    const october = doc.sitemapindex.sitemap.find((s: { loc: string }) => s.loc.endsWith("/2026-10.xml"));
    const latest = visibleRows().filter((r) => r.published_at!.startsWith("2026-10")).map((r) => r.updated_at).sort().at(-1);
    expect(latest).toBe("2026-11-23T17:45:00.000Z");
    expect(october.lastmod).toBe(latest);
  });
});

describe("month sitemaps", () => {
  it("group every published article under the month of its publication, with lastmod from updated_at", async () => {
    const months = await articleMonths(db, { now });
    const listed: string[] = [];
    for (const { month } of months) {
      const urls = parse((await monthSitemap(db, `${month}.xml`, { siteUrl, now }))!).urlset.url as { loc: string; lastmod: string }[];
      for (const u of urls) {
        const row = rows.find((r) => urlOf(r.slug) === u.loc)!;
        expect(row.published_at!.slice(0, 7), u.loc).toBe(month);
        expect(u.lastmod, u.loc).toBe(row.updated_at);
      }
      listed.push(...urls.map((u) => u.loc));
    }
    expect(listed.sort()).toEqual(visibleRows().map((r) => urlOf(r.slug)).sort());
    const edited = rows.find((r) => r.slug === "edited-later")!;
    expect(edited.updated_at).not.toBe(edited.published_at);
  });

  it("never list drafts, scheduled, future or unpublished articles", async () => {
    const all = (await Promise.all((await articleMonths(db, { now })).map((m) => monthSitemap(db, `${m.month}.xml`, { siteUrl, now })))).join("");
    expect(hidden().length).toBeGreaterThanOrEqual(5);
    for (const r of hidden()) expect(all, r.slug).not.toContain(`/a/${r.slug}<`);
  });

  it("split a month that holds more than the cap into numbered parts that together list it once", async () => {
    const months = await articleMonths(db, { now });
    const big = months.reduce((a, b) => (b.count > a.count ? b : a));
    expect(big.count).toBeGreaterThanOrEqual(7);
    const cap = 3;
    const parts = Math.ceil(big.count / cap);

    const index = parse(await sitemapIndex(db, { siteUrl, now, cap }));
    const names = index.sitemapindex.sitemap
      .map((s: { loc: string }) => s.loc)
      .filter((l: string) => l.includes(`/articles/${big.month}`))
      .map((l: string) => l.split("/").at(-1));
    expect(names).toEqual([`${big.month}.xml`, ...Array.from({ length: parts - 1 }, (_, i) => `${big.month}-${i + 2}.xml`)]);

    const seen: string[] = [];
    for (const name of names) {
      const urls = parse((await monthSitemap(db, name, { siteUrl, now, cap }))!).urlset.url as { loc: string }[];
      expect(urls.length).toBeLessThanOrEqual(cap);
      seen.push(...urls.map((u) => u.loc));
    }
    expect(seen.length).toBe(big.count);
    expect(new Set(seen).size).toBe(big.count);
    // One past the last part, a part 1 spelled "-1", and a month without articles are not sitemaps.
    expect(await monthSitemap(db, `${big.month}-${parts + 1}.xml`, { siteUrl, now, cap })).toBeNull();
    expect(await monthSitemap(db, `${big.month}-1.xml`, { siteUrl, now, cap })).toBeNull();
    expect(await monthSitemap(db, "1999-01.xml", { siteUrl, now })).toBeNull();
    expect(await monthSitemap(db, "2026-13.xml", { siteUrl, now })).toBeNull();
    expect(await monthSitemap(db, "../../etc/passwd", { siteUrl, now })).toBeNull();
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
    const sets: string[][] = [];
    for (const v of versions) {
      const xml = (await monthSitemap(db, `${v.published_at!.slice(0, 7)}.xml`, { siteUrl, now }))!;
      const url = (parse(xml).urlset.url as { loc: string; "xhtml:link"?: { "@_hreflang": string; "@_href": string }[] }[]).find((u) => u.loc === urlOf(v.slug))!;
      expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
      sets.push([url["xhtml:link"]!].flat().map((l) => `${l["@_hreflang"]} ${l["@_href"]}`).sort());
    }
    for (const set of sets) expect(set).toEqual(sets[0]);
    expect(sets[0]).toEqual([...versions.map((v) => `${v.language} ${urlOf(v.slug)}`), `x-default ${urlOf(versions.find((v) => v.language === "en")!.slug)}`].sort());
  });

  it("leave a story without versions with no alternates", async () => {
    const plain = rows.find((r) => r.slug.startsWith("generated-") && r.status === "published" && r.published_at! <= now.toISOString())!;
    const xml = (await monthSitemap(db, `${plain.published_at!.slice(0, 7)}.xml`, { siteUrl, now }))!;
    const url = (parse(xml).urlset.url as { loc: string }[]).find((u) => u.loc === urlOf(plain.slug))!;
    expect(url).not.toHaveProperty("xhtml:link");
  });
});

describe("news sitemap", () => {
  async function news() {
    const doc = parse(await newsSitemap(db, { siteUrl, now }));
    return { doc, urls: (doc.urlset.url ?? []) as { loc: string; "news:news": Record<string, unknown> }[] };
  }

  it("lists articles published in the last 48 hours (47 h in, 49 h out) and nothing hidden", async () => {
    const { doc, urls } = await news();
    expect(doc.urlset["@_xmlns:news"]).toBe("http://www.google.com/schemas/sitemap-news/0.9");
    const locs = urls.map((u) => u.loc);
    expect(locs).toContain(urlOf("inside-the-window"));
    expect(locs).not.toContain(urlOf("outside-the-window"));
    const expected = visibleRows().filter((r) => r.published_at! >= hoursAgo(48)).map((r) => urlOf(r.slug));
    expect([...locs].sort()).toEqual(expected.sort());
    for (const slug of ["draft-in-the-window", "scheduled-for-tomorrow", "published-in-the-future", "pulled-from-the-window"]) {
      expect(locs).not.toContain(urlOf(slug));
    }
  });

  it("names the publication, the article's language, its publication date and its headline", async () => {
    const { urls } = await news();
    const ru = urls.find((u) => u.loc === urlOf("inside-the-window"))!["news:news"] as Record<string, Record<string, string> | string>;
    // The Russian edition's own name: each edition is a publication of its own.
    expect(ru["news:publication"]).toEqual({ "news:name": "Меридиан Диспетч", "news:language": "ru" });
    expect(ru["news:publication_date"]).toBe(hoursAgo(47));
    expect(ru["news:title"]).toBe("Inside the window");
  });

  it("escapes & < > and quotes in headlines and drops characters XML forbids", async () => {
    const xml = await newsSitemap(db, { siteUrl, now });
    expect(xml).toContain("Q&amp;A: &quot;Tides&quot; &lt;rise&gt; &amp; &apos;fall&apos; ]]&gt;");
    const { urls } = await news();
    const tricky = urls.find((u) => u.loc === urlOf("tricky-title"))!["news:news"] as Record<string, string>;
    expect(tricky["news:title"]).toBe(`Q&A: "Tides" <rise> & 'fall' ]]>`);
  });
});

describe("section pages sitemap", () => {
  it("lists home, news, blogs, each blog, authors and topics with published articles, all absolute", async () => {
    const urls = parse(await pagesSitemap(db, { siteUrl, now })).urlset.url as { loc: string; lastmod?: string }[];
    const paths = urls.map((u) => new URL(u.loc).pathname);
    expect(paths.slice(0, 3)).toEqual(["/", "/news", "/blogs"]);
    expect(paths).toContain("/blogs/harbour-lights");
    expect(paths).toContain("/tags/sitemap-test");
    expect(paths.some((p) => p.startsWith("/authors/"))).toBe(true);
    // A tag only a draft carries has no page, so it is not announced.
    expect(paths).not.toContain("/tags/only-drafts-here");
    for (const u of urls) expect(u.loc.startsWith(`${origin}/`)).toBe(true);
    expect(urls[0].lastmod).toBe(visibleRows().map((r) => r.updated_at).sort().at(-1));
  });
});

describe("robots.txt", () => {
  it("points at the sitemap index and the news sitemap and keeps crawlers out of the newsroom, the API and search", () => {
    const robots = robotsRules(siteUrl);
    expect(robots.sitemap).toEqual([`${origin}/sitemap.xml`, `${origin}/sitemaps/news.xml`]);
    expect(robots.rules.disallow).toEqual(["/newsroom", "/api", "/search"]);
  });
});

import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dialectOf, type Db } from "@/lib/db/connection";
import { generateArticles } from "@/lib/demo/generate";
import { loadDemoContent } from "@/lib/demo/load";
import { seedArticle } from "@/lib/demo/seed";
import { segments } from "@/lib/search/highlight";
import { parseQuery, toFts5 } from "@/lib/search/query";
import { searchArticles, type SearchHit } from "@/lib/search/search";
import { compileTsQuery } from "@/lib/search/tsquery";
import { tempDb } from "./helpers/temp-db";

/**
 * Search against a real database (a SQLite file, or a PostgreSQL schema) holding the demo newsroom and a few hundred generated articles, plus a few
 * articles written here to pin down ranking.
 */
let db: Db;
let cleanup: () => Promise<void>;
const now = new Date("2026-11-24T12:00:00.000Z");

beforeAll(async () => {
  ({ db, cleanup } = await tempDb());
  await loadDemoContent(db);
  await generateArticles(db, 400, { seed: 5, now });
  // Ranking fixtures: one word found nowhere else. The headline match is the oldest and mentions it once; the
  // body-only matches repeat it, and two of them are identical apart from their dates.
  const word = "quillowbright";
  await seedArticle(db, {
    slug: "rank-title",
    title: `Quillowbright festival returns to the harbour`,
    body: "The festival is back.\n\nIt opens on Friday with music.",
    status: "published",
    publishedAt: "2020-01-01T00:00:00.000Z",
  });
  for (const [slug, at] of [
    ["rank-body-old", "2024-01-01T00:00:00.000Z"],
    ["rank-body-new", "2025-01-01T00:00:00.000Z"],
  ]) {
    await seedArticle(db, {
      slug,
      title: "Harbour notes",
      body: `A note about ${word}, then ${word} again and **${word}** once more.`,
      status: "published",
      publishedAt: at,
    });
  }
  // Persian typed with Arabic kaf and yeh (an Arabic keyboard), and with Persian letters.
  await seedArticle(db, { slug: "keyvan-arabic-letters", title: "كيوان در بندر", body: "گزارش.", language: "fa", status: "published", publishedAt: "2025-03-01T00:00:00.000Z" });
  await seedArticle(db, { slug: "keyvan-persian-letters", title: "کیوان و دریا", body: "گزارش.", language: "fa", status: "published", publishedAt: "2025-03-02T00:00:00.000Z" });
  await seedArticle(db, {
    slug: "brindlewick-ferries",
    title: "Brindlewick ferries resume sailing",
    body: "The crossings were cancelled for a week.",
    status: "published",
    publishedAt: "2025-02-01T00:00:00.000Z",
  });
  await seedArticle(db, { slug: "rank-draft", title: `Quillowbright draft`, body: `${word} in a draft.`, status: "draft" });
  await seedArticle(db, { slug: "rank-scheduled", title: `Quillowbright later`, body: `${word} later.`, status: "published", publishedAt: "2027-01-01T00:00:00.000Z" });
}, 60_000);
afterAll(async () => cleanup());

const search = (q: string, extra: Record<string, unknown> = {}) => searchArticles(db, { q, ...extra }, { now });
const marked = (h: SearchHit["snippet"]) => segments(h).filter((s) => s.mark).map((s) => s.text.toLowerCase());

describe("robustness: any input gives results or an empty state", () => {
  const junk = (n: number, seed: number) => {
    const pool = `"'*^:(){}[]-+~!@#$%&|\\/<>=?,.;_ \t\nAND OR NOT NEAR аб پ 🎉\u0000\u200c\u200e\uD800\uE000\uE001abcxyz0129`;
    let s = seed;
    let out = "";
    for (let i = 0; i < n; i++) {
      s = (s * 1103515245 + 12345) % 2 ** 31;
      out += pool[s % pool.length];
    }
    return out;
  };
  const nasty = [
    "", " ", '"', '""', '"""', '"unclosed phrase', "AND", "OR", "NOT", "NEAR", "NEAR(harbour council)", "harbour AND", "OR council",
    "NOT council", "-", "--", "-council", "*", "**", "a*", "harb*", "*harb", "^", "^council", "title:council", "title: council",
    "{title}: council", "body:(a OR b)", "(", ")", "((council))", "council)", "🎉", "🎉🎉 council 🎉", "Наводнение", "наводнение",
    "کتاب‌فروشی", "چراغ", "'; drop table articles; --", "%", "_", 'a"b"c', '"a" "b" OR "c"', "council OR OR OR", "OR OR", "- - -",
    '"-council"', "NOT NOT council", "council NEAR/3 harbour", "col:*", "*:*", "$&", "\\", '\\"', "\u0000\u0001", "\uD800", "\uE000council\uE001",
    "x".repeat(5000), junk(2000, 1), junk(2000, 2), junk(300, 3),
  ];

  it("turns every nasty input into a full-text query the store accepts, or none", async () => {
    const inputs = [...nasty, ...Array.from({ length: 300 }, (_, i) => junk(5 + (i % 60), i + 10))];
    for (const q of inputs) {
      // Straight to the store, with no backstop: the expression itself must be valid.
      if (dialectOf(db) === "sqlite") {
        const match = toFts5(parseQuery(q));
        if (match === null) continue;
        await expect(sql`select count(*) as n from search_fts where search_fts match ${match}`.execute(db), JSON.stringify(q)).resolves.toBeTruthy();
      } else {
        const compiled = await compileTsQuery(db, parseQuery(q));
        if (compiled === null) continue;
        const run = sql`select count(*) as n from search_documents where tsv @@ ${compiled.match}::tsquery or tsv @@ ${compiled.wanted}::tsquery`;
        await expect(run.execute(db), JSON.stringify(q)).resolves.toBeTruthy();
      }
    }
  });

  it("searchArticles never throws on them", async () => {
    for (const q of nasty) {
      const r = await search(q);
      expect(r.total, JSON.stringify(q).slice(0, 80)).toBeGreaterThanOrEqual(0);
      expect(r.hits.length).toBeLessThanOrEqual(r.pageSize);
    }
  });

  it("says when the query was cut", async () => {
    const r = await search(`council ${"x".repeat(400)}`);
    expect(r.query.truncated).toBe(true);
    expect(r.query.text.length).toBeLessThanOrEqual(200);
  });
});

describe("ranking", () => {
  it("puts a headline match above body-only matches, however often the body says it, then the newest", async () => {
    const r = await search("quillowbright");
    expect(r.hits.map((h) => h.slug)).toEqual(["rank-title", "rank-body-new", "rank-body-old"]);
    expect(r.total).toBe(3);
  });

  it("never finds drafts or articles scheduled for later", async () => {
    const slugs = (await search("quillowbright")).hits.map((h) => h.slug);
    expect(slugs).not.toContain("rank-draft");
    expect(slugs).not.toContain("rank-scheduled");
    // The same article is found once its time has come.
    const later = await searchArticles(db, { q: "quillowbright" }, { now: new Date("2027-02-01T00:00:00.000Z") });
    expect(later.hits.map((h) => h.slug)).toContain("rank-scheduled");
  });

  it("finds words in the summary, the byline and the topics", async () => {
    expect((await search("Ilse Brandt")).total).toBeGreaterThan(0);
    const tagged = await search('"Port Halden"', { language: "fa" });
    expect(tagged.hits.map((h) => h.slug)).toContain("persian-bookshop-cheragh-reopens");
  });

  it("matches accents, case and scripts: cafe finds café, Cyrillic folds case, Persian words with the zero-width non-joiner", async () => {
    const ru = await search("наводнение");
    expect(ru.hits.map((h) => h.slug)).toContain("saltmere-flood-help-guide-ru");
    expect(marked(ru.hits[0].headline)).toContain("наводнение");
    const fa = await search("کتاب‌فروشی");
    expect(fa.hits[0]?.slug).toBe("persian-bookshop-cheragh-reopens");
    // One mark over the whole word in both stores (PostgreSQL marks its halves around the non-joiner; they are joined).
    expect(marked(fa.hits[0].headline)).toEqual(["کتاب‌فروشی"]);
    const prefix = await search("quillow*");
    expect(prefix.total).toBe(3);
  });

  it("OR, phrases and exclusions behave as documented", async () => {
    const either = await search("quillowbright OR наводнение");
    expect(either.total).toBe(3 + (await search("наводнение")).total);
    const excluded = await search("quillowbright -festival");
    expect(excluded.hits.map((h) => h.slug)).toEqual(["rank-body-new", "rank-body-old"]);
    const phrase = await search('"quillowbright festival"');
    expect(phrase.hits.map((h) => h.slug)).toEqual(["rank-title"]);
    expect((await search('"festival quillowbright"')).total).toBe(0);
  });
});

describe("languages and engines", () => {
  it("finds Arabic and Persian spellings of yeh and kaf either way, and marks each article's own letters", async () => {
    for (const q of ["کیوان", "كيوان"]) {
      const r = await search(q);
      expect(r.hits.map((h) => h.slug).sort(), q).toEqual(["keyvan-arabic-letters", "keyvan-persian-letters"]);
      const marks = Object.fromEntries(r.hits.map((h) => [h.slug, marked(h.headline)]));
      expect(marks).toEqual({ "keyvan-arabic-letters": ["كيوان"], "keyvan-persian-letters": ["کیوان"] });
    }
  });

  it("finds the word as written in every store; PostgreSQL also stems English", async () => {
    expect((await search("brindlewick ferries")).hits.map((h) => h.slug)).toEqual(["brindlewick-ferries"]);
    // SQLite's unicode61 tokenizer does not stem, so "ferry" is not "ferries" there; PostgreSQL indexes English
    // articles through the english configuration as well, where both are "ferri".
    const singular = await search("brindlewick ferry");
    expect(singular.total).toBe(dialectOf(db) === "postgres" ? 1 : 0);
  });

  it("phrases keep their stop words and never span two texts", async () => {
    expect((await search('"returns to the harbour"')).hits.map((h) => h.slug)).toEqual(["rank-title"]);
    // The headline ends in "harbour" and nothing follows it; PostgreSQL indexes each text twice (language and
    // simple), and the gap between the two copies keeps "harbour quillowbright" from being read as a phrase.
    expect((await search('"harbour quillowbright"')).total).toBe(0);
    expect((await search('"sailing the crossings"')).total).toBe(0);
  });
});

describe("snippets", () => {
  it("mark the matching words in the headline and a body passage, as ranges over plain text", async () => {
    const r = await search("quillowbright");
    const [title, body] = [r.hits[0], r.hits[1]];
    expect(marked(title.headline)).toEqual(["quillowbright"]);
    expect(marked(body.snippet)).toEqual(["quillowbright", "quillowbright", "quillowbright"]);
    // Plain text: the Markdown ** around one occurrence is gone.
    expect(body.snippet.text).not.toContain("*");
    for (const [start, end] of body.snippet.ranges) expect(body.snippet.text.slice(start, end).toLowerCase()).toBe("quillowbright");
  });

  it("show a passage around the match for a common word in generated articles", async () => {
    const r = await search("consultation");
    expect(r.total).toBeGreaterThan(10);
    for (const h of r.hits) {
      const words = [...marked(h.headline), ...marked(h.snippet)];
      expect(words.length, h.slug).toBeGreaterThan(0);
      expect(words.every((w) => w.startsWith("consultation"))).toBe(true);
      // A passage, not the whole body (both engines cut about 28 words around the match).
      expect(h.snippet.text.length, h.slug).toBeLessThan(400);
    }
  });
});

describe("filters", () => {
  it("by blog", async () => {
    const all = await search("council");
    const ledger = await search("council", { blog: "the-ledger" });
    expect(ledger.total).toBeGreaterThan(0);
    expect(ledger.total).toBeLessThan(all.total);
    expect(ledger.hits.every((h) => h.blog?.slug === "the-ledger")).toBe(true);
    expect((await search("council", { blog: "no-such-blog" })).total).toBe(0);
  });

  it("by language", async () => {
    const fa = await search('"Port Halden"', { language: "fa" });
    expect(fa.total).toBeGreaterThan(0);
    expect(fa.hits.every((h) => h.language === "fa")).toBe(true);
    expect((await search("quillowbright", { language: "ru" })).total).toBe(0);
  });

  it("by publication dates, both days included (UTC)", async () => {
    const all = await search("council");
    const r = await search("council", { from: "2025-03-01", to: "2025-08-31", pageSize: 50 });
    expect(r.total).toBeGreaterThan(0);
    expect(r.total).toBeLessThan(all.total);
    for (const h of r.hits) expect(h.publishedAt! >= "2025-03-01T00:00:00.000Z" && h.publishedAt! < "2025-09-01T00:00:00.000Z").toBe(true);
    expect((await search("quillowbright", { from: "2024-01-01", to: "2024-01-01" })).hits.map((h) => h.slug)).toEqual(["rank-body-old"]);
    expect((await search("quillowbright", { from: "2019-12-31" })).total).toBe(3);
    expect((await search("quillowbright", { to: "2020-01-01" })).hits.map((h) => h.slug)).toEqual(["rank-title"]);
    // Malformed dates are ignored here too (the page reports them); they never reach SQL as text.
    expect((await search("quillowbright", { from: "2024-13-45' or 1=1 --" })).total).toBe(3);
  });
});

describe("pagination", () => {
  it("splits the ranked list into pages that together are the same list", async () => {
    const whole = await search("council", { pageSize: 30 });
    expect(whole.total).toBeGreaterThan(30);
    const pages = [];
    for (let page = 1; page <= 3; page++) pages.push(...(await search("council", { page, pageSize: 10 })).hits.map((h) => h.id));
    expect(pages).toEqual(whole.hits.map((h) => h.id));
    const first = await search("council", { pageSize: 10 });
    expect(first.pageCount).toBe(Math.ceil(first.total / 10));
  });

  it("a page past the end is empty, not an error, and still tells how many pages there are", async () => {
    const r = await search("quillowbright", { page: 99 });
    expect(r).toMatchObject({ total: 3, page: 99, pageCount: 1, hits: [] });
    const bad = await search("quillowbright", { page: -3, pageSize: 10_000 });
    expect(bad).toMatchObject({ page: 1, pageSize: 10 });
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/connection";
import { generateArticles } from "@/lib/demo/generate";
import { loadDemoContent } from "@/lib/demo/load";
import { seedArticle } from "@/lib/demo/seed";
import { RESULT_CAP } from "@/lib/search/engine";
import { searchArticles } from "@/lib/search/search";
import { tempDb } from "./helpers/temp-db";

/**
 * The result cap (RESULT_CAP in lib/search/engine.ts), set small here: past it the count stops and the result
 * says `capped`, the ranking rule still holds within what is shown, and visibility is checked as ever.
 */
let db: Db;
let cleanup: () => Promise<void>;
const now = new Date("2026-11-24T12:00:00.000Z");
const WORD = "marrowlark";

/** Headline matches, body-only matches and hidden ones, written in an order unlike their dates. */
const HEADLINES = [
  { slug: "cap-title-old", publishedAt: "2021-05-01T00:00:00.000Z" },
  { slug: "cap-title-new", publishedAt: "2025-05-01T00:00:00.000Z" },
  { slug: "cap-title-mid", publishedAt: "2023-05-01T00:00:00.000Z" },
];
const BODIES = ["2022-01-01", "2025-09-01", "2020-03-01", "2024-07-01", "2023-02-01", "2021-11-01"].map((day, i) => ({
  slug: `cap-body-${i}`,
  publishedAt: `${day}T00:00:00.000Z`,
}));

beforeAll(async () => {
  ({ db, cleanup } = await tempDb());
  await loadDemoContent(db);
  await generateArticles(db, 150, { seed: 7, now });
  for (const a of HEADLINES) {
    await seedArticle(db, { slug: a.slug, title: `Marrowlark fair opens`, body: "Stalls and music.", status: "published", publishedAt: a.publishedAt });
  }
  for (const a of BODIES) {
    await seedArticle(db, { slug: a.slug, title: "Market notes", body: `The ${WORD} stall was busy.`, status: "published", publishedAt: a.publishedAt });
  }
  // Added last, so they are the first candidates an engine meets in index order: never found all the same.
  await seedArticle(db, { slug: "cap-draft", title: "Marrowlark draft", body: `${WORD} in a draft.`, status: "draft" });
  await seedArticle(db, { slug: "cap-scheduled", title: "Marrowlark later", body: `${WORD} later.`, status: "scheduled", publishedAt: "2027-01-01T00:00:00.000Z" });
}, 60_000);
afterAll(async () => cleanup());

const search = (q: string, cap?: number, extra: Record<string, unknown> = {}) => searchArticles(db, { q, ...extra }, { now, cap });
const slugs = (r: { hits: { slug: string }[] }) => r.hits.map((h) => h.slug);
const headlineSlugs = new Set(HEADLINES.map((a) => a.slug));
const newestFirst = (list: { slug: string; publishedAt: string }[]) => [...list].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt)).map((a) => a.slug);

describe("result cap", () => {
  it("is 1,000 by default", () => {
    expect(RESULT_CAP).toBe(1000);
  });

  it("below the cap: every match, counted exactly, headline matches first, then the newest", async () => {
    const r = await search(WORD, 50);
    expect(r).toMatchObject({ total: 9, capped: false, pageCount: 1 });
    expect(slugs(r)).toEqual([...newestFirst(HEADLINES), ...newestFirst(BODIES)]);
    expect(await search(WORD)).toMatchObject({ total: 9, capped: false });
    // Exactly at the cap is not past it.
    expect(await search(WORD, 9)).toMatchObject({ total: 9, capped: false });
  });

  it("past the cap: the count stops at the cap, says so, and the headline matches still come first", async () => {
    const r = await search(WORD, 5);
    expect(r).toMatchObject({ total: 5, capped: true, pageCount: 1 });
    expect(r.hits).toHaveLength(5);
    expect(slugs(r).slice(0, 3)).toEqual(newestFirst(HEADLINES));
    expect(slugs(r).slice(3).every((s) => s.startsWith("cap-body-"))).toBe(true);

    const two = await search(WORD, 2);
    expect(two).toMatchObject({ total: 2, capped: true });
    expect(slugs(two).every((s) => headlineSlugs.has(s))).toBe(true);
  });

  it("never finds drafts or scheduled articles, even when they would be the first candidates", async () => {
    for (const cap of [1, 2, 3, 5, 50]) {
      const r = await search(`${WORD} OR marrowlark*`, cap, { pageSize: 50 });
      expect(slugs(r), String(cap)).not.toContain("cap-draft");
      expect(slugs(r), String(cap)).not.toContain("cap-scheduled");
      expect(r.hits).toHaveLength(Math.min(cap, 9));
      expect(r.total).toBe(Math.min(cap, 9));
    }
    const once = await search(WORD, 1);
    expect(once).toMatchObject({ total: 1, capped: true });
    expect(headlineSlugs.has(slugs(once)[0])).toBe(true);
  });

  it("pages split the capped list, and a page past the cap is empty with the capped page count", async () => {
    const whole = await search(WORD, 5);
    const pages = [];
    for (let page = 1; page <= 3; page++) {
      const r = await search(WORD, 5, { page, pageSize: 2 });
      expect(r).toMatchObject({ total: 5, capped: true, pageCount: 3 });
      pages.push(...slugs(r));
    }
    expect(pages).toEqual(slugs(whole));
    const past = await search(WORD, 5, { page: 4, pageSize: 2 });
    expect(past).toMatchObject({ total: 5, capped: true, pageCount: 3, hits: [] });
  });

  it("a common word in generated articles: counted to the cap, headline matches above body-only ones", async () => {
    const all = await search("council", 10_000, { pageSize: 50 });
    expect(all.capped).toBe(false);
    expect(all.total).toBeGreaterThan(20);
    const capped = await search("council", 20, { pageSize: 50 });
    expect(capped).toMatchObject({ total: 20, capped: true });
    const inTitle = capped.hits.map((h) => /council/i.test(h.title));
    // Every headline match before every body-only match.
    expect(inTitle).toEqual([...inTitle].sort((a, b) => Number(b) - Number(a)));
    // A cap above the count changes nothing.
    const above = await search("council", all.total, { pageSize: 50 });
    expect(slugs(above)).toEqual(slugs(all));
    expect(above).toMatchObject({ total: all.total, capped: false });
  });
});

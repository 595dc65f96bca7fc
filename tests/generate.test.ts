import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pageArticles } from "@/lib/content/articles";
import type { Db } from "@/lib/db/connection";
import { generateArticles } from "@/lib/demo/generate";
import { loadDemoContent } from "@/lib/demo/load";
import { tempDb } from "./helpers/temp-db";

let db: Db;
let cleanup: () => Promise<void>;
let demoVisible: number;

beforeAll(async () => {
  ({ db, cleanup } = await tempDb());
  await loadDemoContent(db);
  demoVisible = (await pageArticles(db, { page: 1, pageSize: 12 })).total;
  expect(await generateArticles(db, 500, { seed: 42 })).toBe(500);
}, 180_000); // 500 articles through the real write path; on PostgreSQL on two busy cores this took over 20 s in CI
afterAll(async () => cleanup());

const generated = () => db.selectFrom("articles").selectAll().where("slug", "like", "generated-%").orderBy("id").execute();

describe("bulk generator", () => {
  it("creates the requested number of articles with unique slugs, authors, tags and a demo hero", async () => {
    const rows = await generated();
    expect(rows.length).toBe(500);
    expect(new Set(rows.map((r) => r.slug)).size).toBe(500);
    expect(rows.every((r) => r.status === "published" && r.hero_image_id !== null && r.body.split("\n\n").length >= 6)).toBe(true);
    expect(rows.some((r) => r.blog_id === null)).toBe(true);
    expect(new Set(rows.map((r) => r.blog_id)).size).toBeGreaterThanOrEqual(4);
    const orphans = await db
      .selectFrom("articles")
      .select("id")
      .where("slug", "like", "generated-%")
      .where((eb) => eb.or([eb.not(eb.exists(eb.selectFrom("article_authors").whereRef("article_id", "=", "articles.id").select("article_id"))), eb.not(eb.exists(eb.selectFrom("article_tags").whereRef("article_id", "=", "articles.id").select("article_id")))]))
      .execute();
    expect(orphans).toEqual([]);
  });

  it("publishes everything in the past, so all of it is visible", async () => {
    const now = new Date().toISOString();
    expect((await generated()).every((r) => r.published_at! < now)).toBe(true);
    expect((await pageArticles(db, { page: 1, pageSize: 12 })).total).toBe(demoVisible + 500);
  });

  it("pages deep into the listing without gaps or repeats", async () => {
    const first = await pageArticles(db, { page: 1, pageSize: 12 });
    const last = await pageArticles(db, { page: first.pageCount, pageSize: 12 });
    expect(last.items.length).toBe(first.total - (first.pageCount - 1) * 12);
    const a = await pageArticles(db, { page: 30, pageSize: 12 });
    const b = await pageArticles(db, { page: 31, pageSize: 12 });
    expect(a.items.length).toBe(12);
    expect(b.items.length).toBe(12);
    expect(a.items.at(-1)!.publishedAt! >= b.items[0].publishedAt!).toBe(true);
    expect(new Set([...a.items, ...b.items].map((i) => i.id)).size).toBe(24);
  });

  it("continues numbering on a second run and is deterministic for a seed", async () => {
    expect(await generateArticles(db, 3, { seed: 7 })).toBe(3);
    const newest = await db.selectFrom("articles").select("slug").where("slug", "like", "generated-%").orderBy("id", "desc").limit(3).execute();
    expect(newest.map((r) => r.slug.split("-")[1])).toEqual(["503", "502", "501"]);

    const other = await tempDb();
    try {
      await loadDemoContent(other.db);
      await generateArticles(other.db, 20, { seed: 42 });
      const mine = (await generated()).slice(0, 20).map((r) => [r.slug, r.title]);
      const theirs = (await other.db.selectFrom("articles").selectAll().where("slug", "like", "generated-%").orderBy("id").execute()).map((r) => [r.slug, r.title]);
      expect(theirs).toEqual(mine);
    } finally {
      await other.cleanup();
    }
  });
});

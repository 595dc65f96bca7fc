import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { upsertBlog } from "@/lib/content/blogs";
import { relatedArticles, RELATED_LIMIT } from "@/lib/content/related";
import type { Db } from "@/lib/db/connection";
import { generateArticles } from "@/lib/demo/generate";
import { loadDemoContent } from "@/lib/demo/load";
import { seedArticle } from "@/lib/demo/seed";
import { tempDb } from "./helpers/temp-db";

const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString();

async function idOf(db: Db, slug: string): Promise<{ id: number; blogId: number | null }> {
  const row = await db.selectFrom("articles").select(["id", "blog_id"]).where("slug", "=", slug).executeTakeFirstOrThrow();
  return { id: row.id, blogId: row.blog_id };
}

describe("related stories (hand-made articles)", () => {
  let db: Db;
  let cleanup: () => Promise<void>;

  beforeEach(async () => {
    ({ db, cleanup } = await tempDb());
    await upsertBlog(db, { slug: "ledger", title: "The Ledger" });
    await upsertBlog(db, { slug: "signal", title: "Signal" });
    const pub = (title: string, n: number, tags: string[], blogSlug?: string) =>
      seedArticle(db, { title, body: "x", status: "published", publishedAt: day(n), tags, blogSlug });
    await pub("Subject", 10, ["budget", "council", "transport"], "ledger");
    await pub("Three shared old", 1, ["budget", "council", "transport"], "signal");
    await pub("Two shared newer", 5, ["budget", "council"], "signal");
    await pub("Two shared same blog", 4, ["council", "transport"], "ledger");
    await pub("One shared newest", 9, ["budget"], "signal");
    await pub("Same blog no tags", 8, [], "ledger");
    await pub("Unrelated", 9, ["weather"], "signal");
    await pub("News item sharing", 7, ["transport"]);
    await seedArticle(db, { title: "Draft sharing all", body: "x", status: "draft", tags: ["budget", "council", "transport"], blogSlug: "ledger" });
    await seedArticle(db, { title: "Scheduled sharing all", body: "x", status: "published", publishedAt: "2999-01-01T00:00:00.000Z", tags: ["budget", "council", "transport"] });
    await seedArticle(db, { title: "Pulled sharing all", body: "x", status: "unpublished", publishedAt: day(3), tags: ["budget", "council", "transport"] });
  });
  afterEach(async () => cleanup());

  it("ranks by shared tags, then same blog, then newest; never itself, never hidden articles", async () => {
    const related = await relatedArticles(db, await idOf(db, "subject"), { limit: 10 });
    expect(related.map((a) => a.slug)).toEqual([
      "three-shared-old",
      // Two tags each: the one in the same blog first, although the other is newer.
      "two-shared-same-blog",
      "two-shared-newer",
      // One tag each: newest first.
      "one-shared-newest",
      "news-item-sharing",
      // No tag in common: the blog's own newest fill up.
      "same-blog-no-tags",
    ]);
    expect(related[0].blog).toEqual({ slug: "signal", title: "Signal" });
  });

  it("is bounded, and the default bound is a handful", async () => {
    expect((await relatedArticles(db, await idOf(db, "subject"), { limit: 2 })).map((a) => a.slug)).toEqual([
      "three-shared-old",
      "two-shared-same-blog",
    ]);
    expect((await relatedArticles(db, await idOf(db, "subject"))).length).toBe(RELATED_LIMIT);
    expect(await relatedArticles(db, await idOf(db, "subject"), { limit: 0 })).toEqual([]);
  });

  it("falls back to the news section for a news article with no tags in common", async () => {
    await seedArticle(db, { title: "Lonely news", body: "x", status: "published", publishedAt: day(11), tags: ["nothing-else"] });
    const related = await relatedArticles(db, await idOf(db, "lonely-news"));
    expect(related.map((a) => a.slug)).toEqual(["news-item-sharing"]);
  });

  it("honours the clock: an article scheduled for later shows once its time has come", async () => {
    const later = await relatedArticles(db, await idOf(db, "subject"), { limit: 10, now: new Date("2999-06-01T00:00:00Z") });
    expect(later[0].slug).toBe("scheduled-sharing-all");
    expect(later.map((a) => a.slug)).not.toContain("draft-sharing-all");
    expect(later.map((a) => a.slug)).not.toContain("pulled-sharing-all");
  });
});

describe("related stories at scale (demo content and generated articles)", () => {
  let db: Db;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    ({ db, cleanup } = await tempDb());
    await loadDemoContent(db);
    await generateArticles(db, 400, { seed: 3 });
  });
  afterAll(async () => cleanup());

  it("returns visible articles ordered by shared tags then recency, with the queries bounded", async () => {
    const now = new Date();
    const subjects = await db.selectFrom("articles").select(["id", "blog_id"]).where("status", "=", "published").orderBy("id").limit(25).execute();
    for (const s of subjects) {
      const related = await relatedArticles(db, { id: s.id, blogId: s.blog_id }, { now });
      expect(related.length).toBeLessThanOrEqual(RELATED_LIMIT);
      expect(related.map((a) => a.id)).not.toContain(s.id);
      const ids = related.map((a) => a.id);
      if (ids.length === 0) continue;
      const rows = await db.selectFrom("articles").select(["id", "status", "published_at"]).where("id", "in", ids).execute();
      expect(rows.every((r) => r.status === "published" && r.published_at! <= now.toISOString())).toBe(true);
      // The shared-tag counts never rise down the list; within one count, dates never rise.
      const mine = new Set(
        (await db.selectFrom("article_tags").select("tag_id").where("article_id", "=", s.id).execute()).map((r) => r.tag_id),
      );
      const tagsOf = await db.selectFrom("article_tags").select(["article_id", "tag_id"]).where("article_id", "in", ids).execute();
      const shared = related.map((a) => tagsOf.filter((t) => t.article_id === a.id && mine.has(t.tag_id)).length);
      for (let i = 1; i < related.length; i++) {
        expect(shared[i]).toBeLessThanOrEqual(shared[i - 1]);
      }
    }
  });

  it("stays quick on a big section (one ranking query, no per-article queries)", async () => {
    const s = await db.selectFrom("articles").select(["id", "blog_id"]).where("slug", "like", "generated-%").orderBy("id").executeTakeFirstOrThrow();
    const started = performance.now();
    for (let i = 0; i < 20; i++) await relatedArticles(db, { id: s.id, blogId: s.blog_id });
    expect((performance.now() - started) / 20).toBeLessThan(100);
  });
});

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { changeArticleSlug, getPublishedArticle, listArticles, pageArticles, resolveArticleSlug } from "@/lib/content/articles";
import { upsertAuthor } from "@/lib/content/authors";
import { upsertBlog } from "@/lib/content/blogs";
import type { Db } from "@/lib/db/connection";
import { seedArticle } from "@/lib/demo/seed";
import { tempDb } from "./helpers/temp-db";

let db: Db;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  ({ db, cleanup } = await tempDb());
  await upsertAuthor(db, { slug: "ana", name: "Ana Petrescu" });
  await upsertAuthor(db, { slug: "omid", name: "Omid Rahimi" });
  await upsertBlog(db, { slug: "field-notes", title: "Field Notes" });
});
afterEach(async () => cleanup());

const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString();

describe("published-only reads", () => {
  it("returns published articles and hides drafts, scheduled-in-future and unpublished ones", async () => {
    await seedArticle(db, { title: "Live one", body: "x", status: "published", publishedAt: day(1), authorSlugs: ["ana"] });
    await seedArticle(db, { title: "Draft one", body: "x", status: "draft" });
    await seedArticle(db, { title: "Later one", body: "x", status: "published", publishedAt: "2999-01-01T00:00:00.000Z" });
    await seedArticle(db, { title: "Pulled one", body: "x", status: "unpublished", publishedAt: day(2) });

    expect((await listArticles(db, { limit: 10 })).map((a) => a.slug)).toEqual(["live-one"]);
    expect(await getPublishedArticle(db, "draft-one")).toBeNull();
    expect(await getPublishedArticle(db, "later-one")).toBeNull();
    expect(await getPublishedArticle(db, "pulled-one")).toBeNull();
    const live = await getPublishedArticle(db, "live-one");
    expect(live?.authors).toEqual([{ slug: "ana", name: "Ana Petrescu" }]);
  });
});

describe("pagination", () => {
  it("pages a blog newest first with stable, non-overlapping pages", async () => {
    for (let i = 0; i < 25; i++) {
      await seedArticle(db, { title: `Post ${i}`, body: "x", status: "published", publishedAt: day(i), blogSlug: "field-notes" });
    }
    await seedArticle(db, { title: "Elsewhere", body: "x", status: "published", publishedAt: day(40) });
    const blogId = (await db.selectFrom("blogs").select("id").executeTakeFirstOrThrow()).id;
    const p1 = await pageArticles(db, { blogId, page: 1, pageSize: 10 });
    const p3 = await pageArticles(db, { blogId, page: 3, pageSize: 10 });
    expect(p1.total).toBe(25);
    expect(p1.pageCount).toBe(3);
    expect(p1.items[0].slug).toBe("post-24");
    expect(p1.items.map((a) => a.blog?.slug)).toEqual(Array(10).fill("field-notes"));
    expect(p3.items.map((a) => a.slug)).toEqual(["post-4", "post-3", "post-2", "post-1", "post-0"]);
    const p2 = await pageArticles(db, { blogId, page: 2, pageSize: 10 });
    const all = [...p1.items, ...p2.items, ...p3.items].map((a) => a.id);
    expect(new Set(all).size).toBe(25);
  });
});

describe("editions", () => {
  it("lists an edition's own articles; the default edition holds every language that has no edition of its own", async () => {
    await seedArticle(db, { title: "Harbour", body: "x", status: "published", publishedAt: day(1), language: "en" });
    await seedArticle(db, { title: "Гавань", slug: "gavan", body: "x", status: "published", publishedAt: day(2), language: "ru" });
    await seedArticle(db, { title: "بندر", slug: "bandar", body: "x", status: "published", publishedAt: day(3), language: "fa" });
    await seedArticle(db, { title: "Гавань UA", slug: "gavan-ua", body: "x", status: "published", publishedAt: day(4), language: "uk" });
    await seedArticle(db, { title: "پیش‌نویس", slug: "draft-fa", body: "x", status: "draft", language: "fa" });
    const slugs = async (edition: string) => (await listArticles(db, { edition, limit: 10 })).map((a) => a.slug);
    expect(await slugs("fa")).toEqual(["bandar"]);
    expect(await slugs("ru")).toEqual(["gavan"]);
    expect(await slugs("en")).toEqual(["gavan-ua", "harbour"]);
    expect((await pageArticles(db, { edition: "fa", page: 1, pageSize: 10 })).total).toBe(1);
    await expect(listArticles(db, { edition: "xx", limit: 10 })).rejects.toThrow(/No edition has the code "xx"/);
  });
});

describe("slug redirects", () => {
  it("resolves an old slug to the current one, only for published articles", async () => {
    const { id } = await seedArticle(db, { title: "First title", body: "x", status: "published", publishedAt: day(1) });
    await changeArticleSlug(db, id, "better-title");
    expect(await resolveArticleSlug(db, "first-title")).toEqual({ kind: "moved", slug: "better-title", language: "en" });
    expect((await resolveArticleSlug(db, "better-title")).kind).toBe("article");
    expect(await resolveArticleSlug(db, "never-existed")).toEqual({ kind: "missing" });

    const draft = await seedArticle(db, { title: "Secret draft", body: "x" });
    await changeArticleSlug(db, draft.id, "secret-draft-2");
    expect(await resolveArticleSlug(db, "secret-draft")).toEqual({ kind: "missing" });
  });
});

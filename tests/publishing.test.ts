import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDraft, updateArticle, type Actor } from "@/lib/content/article-writes";
import { getPublishedArticle, listArticles, resolveArticleSlug } from "@/lib/content/articles";
import { upsertBlog } from "@/lib/content/blogs";
import { publishArticle, publishDueArticles, unpublishArticle } from "@/lib/content/publishing";
import { openDb, type Db } from "@/lib/db/connection";
import { ConflictError, ValidationError } from "@/lib/errors";
import { tempDb } from "./helpers/temp-db";

let db: Db;
let url: string;
let cleanup: () => Promise<void>;

// An editor's desk: its bylines may name authors who do not exist yet (article-writes.test.ts has the refusal).
const desk: Actor = { userId: 1, label: "Night Desk", mayCreateAuthors: true };
const t = (hour: number) => new Date(Date.UTC(2026, 10, 24, hour));

beforeEach(async () => {
  ({ db, url, cleanup } = await tempDb());
  await upsertBlog(db, { slug: "field-notes", title: "Field Notes" });
});
afterEach(async () => cleanup());

async function draft(title: string, extra: Record<string, unknown> = {}) {
  return (await createDraft(db, { title, body: "Body text.", blog: "field-notes", authors: ["Ana Petrescu"], tags: ["Ports"], ...extra }, desk, { now: t(0) }))
    .article;
}

describe("publishArticle", () => {
  it("publishes now: visible at once, in listings, and revalidating every page that shows it", async () => {
    const a = await draft("Harbour reopens");
    const { article, revalidate } = await publishArticle(db, a.id, undefined, desk, { now: t(1) });
    expect(article).toMatchObject({ status: "published", publishedAt: t(1).toISOString(), updatedAt: t(1).toISOString() });
    expect(revalidate).toEqual(["articles", "article:harbour-reopens", "blog:field-notes", "author:ana-petrescu", "tag:ports"]);
    expect((await getPublishedArticle(db, "harbour-reopens", { now: t(1) }))?.title).toBe("Harbour reopens");
    expect((await listArticles(db, { limit: 5 }, { now: t(1) })).map((x) => x.slug)).toEqual(["harbour-reopens"]);
    // Publishing a live article again writes nothing.
    expect((await publishArticle(db, a.id, {}, desk, { now: t(2) })).revalidate).toEqual([]);
  });

  it("schedules for a future time: not visible before it, whatever the clock says later, until the job runs", async () => {
    const a = await draft("Budget at noon");
    const { article, revalidate } = await publishArticle(db, a.id, { at: "2026-11-24T14:00:00+02:00" }, desk, { now: t(1) });
    expect(article).toMatchObject({ status: "scheduled", publishedAt: t(12).toISOString() });
    expect(revalidate).toEqual([]);
    expect(await getPublishedArticle(db, "budget-at-noon", { now: t(1) })).toBeNull();
    expect(await getPublishedArticle(db, "budget-at-noon", { now: t(13) })).toBeNull();
  });

  it("refuses to publish an empty body, a bad time, or to schedule a live article", async () => {
    const empty = await draft("Empty", { body: "  " });
    await expect(publishArticle(db, empty.id, {}, desk)).rejects.toMatchObject({ name: "ValidationError", field: "body" });
    const a = await draft("Live");
    await expect(publishArticle(db, a.id, { at: "tomorrow" }, desk)).rejects.toBeInstanceOf(ValidationError);
    await publishArticle(db, a.id, {}, desk, { now: t(1) });
    const err = await publishArticle(db, a.id, { at: t(5).toISOString() }, desk, { now: t(2) }).catch((e) => e);
    expect(err).toBeInstanceOf(ConflictError);
    expect(err.field).toBe("at");
  });
});

describe("publishDueArticles", () => {
  it("publishes a due scheduled article exactly once, with the tags to revalidate", async () => {
    const a = await draft("Scheduled story");
    const later = await draft("Much later");
    await publishArticle(db, a.id, { at: t(6).toISOString() }, desk, { now: t(1) });
    await publishArticle(db, later.id, { at: t(20).toISOString() }, desk, { now: t(1) });

    expect(await publishDueArticles(db, { now: t(5) })).toEqual([]);
    const due = await publishDueArticles(db, { now: t(7) });
    expect(due.map((r) => r.article.slug)).toEqual(["scheduled-story"]);
    expect(due[0].article).toMatchObject({ status: "published", publishedAt: t(6).toISOString(), updatedAt: t(6).toISOString() });
    expect(due[0].revalidate).toEqual(expect.arrayContaining(["articles", "article:scheduled-story", "blog:field-notes"]));
    expect((await getPublishedArticle(db, "scheduled-story", { now: t(7) }))?.id).toBe(a.id);
    expect(await getPublishedArticle(db, "much-later", { now: t(7) })).toBeNull();

    expect(await publishDueArticles(db, { now: t(8) })).toEqual([]);
  });

  it("two runs racing (two connections, as two processes) publish each article once between them", async () => {
    const ids = [];
    for (let i = 0; i < 5; i++) {
      const a = await draft(`Race ${i}`);
      await publishArticle(db, a.id, { at: t(6).toISOString() }, desk, { now: t(1) });
      ids.push(a.id);
    }
    const other = openDb(url);
    try {
      const [one, two] = await Promise.all([publishDueArticles(db, { now: t(7) }), publishDueArticles(other, { now: t(7) })]);
      const published = [...one, ...two].map((r) => r.article.id).sort((x, y) => x - y);
      expect(published).toEqual(ids);
    } finally {
      await other.destroy();
    }
    const [again1, again2] = await Promise.all([publishDueArticles(db, { now: t(9) }), publishDueArticles(db, { now: t(9) })]);
    expect([...again1, ...again2]).toEqual([]);
  });
});

describe("unpublishArticle", () => {
  it("takes the article and its old slugs off the site, and republishing keeps the original date", async () => {
    const a = await draft("Retracted");
    await publishArticle(db, a.id, {}, desk, { now: t(1) });
    await updateArticle(db, a.id, { slug: "retracted-story" }, desk, { now: t(2) });

    const { article, revalidate } = await unpublishArticle(db, a.id, desk, { now: t(3) });
    expect(article.status).toBe("unpublished");
    expect(revalidate).toEqual(expect.arrayContaining(["articles", "article:retracted-story", "blog:field-notes", "tag:ports"]));
    expect(await getPublishedArticle(db, "retracted-story", { now: t(4) })).toBeNull();
    expect(await resolveArticleSlug(db, "retracted", { now: t(4) })).toEqual({ kind: "missing" });
    expect(await listArticles(db, { limit: 5 }, { now: t(4) })).toEqual([]);
    expect((await unpublishArticle(db, a.id, desk, { now: t(4) })).revalidate).toEqual([]);

    const again = await publishArticle(db, a.id, {}, desk, { now: t(5) });
    expect(again.article).toMatchObject({ status: "published", publishedAt: t(1).toISOString(), updatedAt: t(5).toISOString() });
  });

  it("unpublishing a scheduled article cancels it", async () => {
    const a = await draft("Never mind");
    await publishArticle(db, a.id, { at: t(6).toISOString() }, desk, { now: t(1) });
    await unpublishArticle(db, a.id, desk, { now: t(2) });
    expect(await publishDueArticles(db, { now: t(7) })).toEqual([]);
    expect(await getPublishedArticle(db, "never-mind", { now: t(7) })).toBeNull();
  });
});

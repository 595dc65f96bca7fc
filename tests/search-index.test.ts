import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDraft, updateArticle, type Actor } from "@/lib/content/article-writes";
import { upsertAuthor } from "@/lib/content/authors";
import { upsertBlog } from "@/lib/content/blogs";
import { publishArticle, publishDueArticles, unpublishArticle } from "@/lib/content/publishing";
import { restoreRevision } from "@/lib/content/revisions";
import { openDb, type Db } from "@/lib/db/connection";
import { generateArticles } from "@/lib/db/demo/generate";
import { loadDemoContent } from "@/lib/db/demo/load";
import { migrate, migrations } from "@/lib/db/migrations";
import { markdownToPlainText } from "@/lib/markdown/plain-text";
import { ConflictError } from "@/lib/newsroom/errors";
import { reindexArticle, removeArticleFromIndex } from "@/lib/search/index";
import { searchArticles } from "@/lib/search/search";
import { tempDb, tempDbUrl } from "./helpers/temp-db";

/** The index follows every write in the write's own transaction; readers only ever find what they may read. */
let db: Db;
let cleanup: () => Promise<void>;

const desk: Actor = { userId: 1, label: "Night Desk" };
const t = (hour: number) => new Date(Date.UTC(2026, 10, 24, hour));

beforeEach(async () => {
  ({ db, cleanup } = await tempDb());
  await upsertBlog(db, { slug: "field-notes", title: "Field Notes" });
  await upsertAuthor(db, { slug: "ana", name: "Ana Petrescu" });
});
afterEach(async () => cleanup());

/** Slugs a reader finds for `q` at time `now`. */
async function found(q: string, now = t(12)): Promise<string[]> {
  return (await searchArticles(db, { q }, { now })).hits.map((h) => h.slug);
}

async function draft(title: string, extra: Record<string, unknown> = {}) {
  const input = { title, body: "The **harbour** crane was repaired overnight.", blog: "field-notes", authors: ["ana"], tags: ["Ports"], ...extra };
  return (await createDraft(db, input, desk, { now: t(0) })).article;
}

describe("the index follows the newsroom's writes", () => {
  it("a draft is indexed but never found; publishing makes it findable, unpublishing hides it again", async () => {
    const a = await draft("Zephyrine crane returns");
    const docs = await db.selectFrom("search_documents").selectAll().where("article_id", "=", a.id).execute();
    expect(docs).toEqual([
      { article_id: a.id, title: "Zephyrine crane returns", summary: "", body: "The harbour crane was repaired overnight.", authors: "Ana Petrescu", tags: "Ports" },
    ]);
    expect(await found("zephyrine")).toEqual([]);

    await publishArticle(db, a.id, undefined, desk, { now: t(1) });
    expect(await found("zephyrine")).toEqual([a.slug]);
    expect(await found("zephyrine", t(0))).toEqual([]); // not before it was published

    await unpublishArticle(db, a.id, desk, { now: t(2) });
    expect(await found("zephyrine")).toEqual([]);

    await publishArticle(db, a.id, undefined, desk, { now: t(3) });
    expect(await found("zephyrine")).toEqual([a.slug]);
  });

  it("an edit replaces the words: the new title is found, the old one is not, and the byline and topics follow", async () => {
    const a = await draft("Zephyrine crane returns");
    await publishArticle(db, a.id, undefined, desk, { now: t(1) });
    await upsertAuthor(db, { slug: "omid", name: "Omid Rahimi" });
    await updateArticle(db, a.id, { title: "Quorvath ferry delayed", authors: ["omid"], tags: ["Ferries"] }, desk, { now: t(2) });
    expect(await found("quorvath")).toEqual([a.slug]);
    expect(await found("zephyrine")).toEqual([]);
    expect(await found("Rahimi")).toEqual([a.slug]);
    expect(await found("Petrescu")).toEqual([]);
    expect(await found("ferries")).toEqual([a.slug]);
    expect(await found("ports")).toEqual([]);
  });

  it("restoring a revision brings back its words", async () => {
    const a = await draft("Zephyrine crane returns");
    await publishArticle(db, a.id, undefined, desk, { now: t(1) });
    await updateArticle(db, a.id, { title: "Quorvath ferry delayed" }, desk, { now: t(2) });
    await restoreRevision(db, a.id, 1, desk, { now: t(3) });
    expect(await found("zephyrine")).toEqual([a.slug]);
    expect(await found("quorvath")).toEqual([]);
  });

  it("an article scheduled for later is found only from its time, and the clock needs no index write", async () => {
    const a = await draft("Zephyrine budget at noon");
    await publishArticle(db, a.id, { at: t(12).toISOString() }, desk, { now: t(1) });
    expect(await found("zephyrine", t(11))).toEqual([]);
    // Due but not yet flipped by the clock: still scheduled, still hidden.
    expect(await found("zephyrine", t(13))).toEqual([]);
    await publishDueArticles(db, { now: t(13) });
    expect(await found("zephyrine", t(13))).toEqual([a.slug]);
  });

  it("a failed write (slug taken) leaves the index exactly as it was", async () => {
    const a = await draft("Zephyrine crane returns");
    const b = await draft("Quorvath ferry delayed");
    await publishArticle(db, b.id, undefined, desk, { now: t(1) });
    const before = await db.selectFrom("search_documents").selectAll().orderBy("article_id").execute();
    const err = await updateArticle(db, b.id, { title: "Vellumtide tram", slug: a.slug }, desk, { now: t(2) }).catch((e) => e);
    expect(err).toBeInstanceOf(ConflictError);
    expect(await db.selectFrom("search_documents").selectAll().orderBy("article_id").execute()).toEqual(before);
    expect(await found("vellumtide")).toEqual([]);
    expect(await found("quorvath")).toEqual([b.slug]);
    // The FTS index agrees with its table (FTS5's own consistency check raises an error otherwise).
    await sql`insert into search_fts (search_fts, rank) values ('integrity-check', 1)`.execute(db);
  });

  it("a write that fails after the index was updated rolls the index back with it", async () => {
    const a = await draft("Zephyrine crane returns");
    await publishArticle(db, a.id, undefined, desk, { now: t(1) });
    // The revision is the last thing a write records, after reindexArticle: make it fail.
    await sql`create trigger fail_revision before insert on article_revisions begin select raise(abort, 'disk full'); end`.execute(db);
    await expect(updateArticle(db, a.id, { title: "Vellumtide tram" }, desk, { now: t(2) })).rejects.toThrow("disk full");
    await expect(createDraft(db, { title: "Brackenmoor draft", body: "x" }, desk, { now: t(2) })).rejects.toThrow("disk full");
    await sql`drop trigger fail_revision`.execute(db);
    expect(await found("vellumtide")).toEqual([]);
    expect(await found("zephyrine")).toEqual([a.slug]);
    expect(await db.selectFrom("search_documents").select("title").execute()).toEqual([{ title: "Zephyrine crane returns" }]);
    await sql`insert into search_fts (search_fts, rank) values ('integrity-check', 1)`.execute(db);
  });

  it("a renamed author's articles are found by the new name", async () => {
    const a = await draft("Zephyrine crane returns");
    await publishArticle(db, a.id, undefined, desk, { now: t(1) });
    await upsertAuthor(db, { slug: "ana", name: "Ana Quillfeather" });
    expect(await found("quillfeather")).toEqual([a.slug]);
    expect(await found("petrescu")).toEqual([]);
  });

  it("reindexArticle and removeArticleFromIndex rebuild and drop one document", async () => {
    const a = await draft("Zephyrine crane returns");
    await publishArticle(db, a.id, undefined, desk, { now: t(1) });
    await removeArticleFromIndex(db, a.id);
    expect(await found("zephyrine")).toEqual([]);
    await reindexArticle(db, a.id);
    expect(await found("zephyrine")).toEqual([a.slug]);
    await reindexArticle(db, 999_999); // no such article: nothing to index, nothing thrown
    await sql`insert into search_fts (search_fts, rank) values ('integrity-check', 1)`.execute(db);
  });
});

describe("bulk content", () => {
  it("the demo loader and the generator index what they write; generated plain text is markdownToPlainText's", async () => {
    await loadDemoContent(db);
    await generateArticles(db, 120, { seed: 3 });
    const [articles, docs] = await Promise.all([
      db.selectFrom("articles").select(["id", "body"]).orderBy("id").execute(),
      db.selectFrom("search_documents").select(["article_id", "body"]).orderBy("article_id").execute(),
    ]);
    expect(docs.map((d) => d.article_id)).toEqual(articles.map((a) => a.id));
    const plain = new Map(docs.map((d) => [d.article_id, d.body]));
    for (const a of articles) expect(plain.get(a.id), `article ${a.id}`).toBe(markdownToPlainText(a.body));
    await sql`insert into search_fts (search_fts, rank) values ('integrity-check', 1)`.execute(db);
  });
});

describe("migration 005", () => {
  it("indexes the articles a database already has", async () => {
    const { url, cleanup: drop } = await tempDbUrl();
    const old = openDb(url);
    try {
      await migrate(old, migrations.filter((m) => m.version < 5));
      const now = "2026-01-01T00:00:00.000Z";
      const row = { title: "Old harbour story", summary: "From before search", body: "Written **before** the index existed.", status: "published" as const };
      const article = await old
        .insertInto("articles")
        .values({ ...row, slug: "old-story", language: "en", top_story: 0, published_at: now, updated_at: now, created_at: now })
        .returning("id")
        .executeTakeFirstOrThrow();
      const author = await old.insertInto("authors").values({ slug: "old-hand", name: "Old Hand", bio: "" }).returning("id").executeTakeFirstOrThrow();
      await old.insertInto("article_authors").values({ article_id: article.id, author_id: author.id, position: 0 }).execute();
      await migrate(old);
      const r = await searchArticles(old, { q: "existed" });
      expect(r.hits.map((h) => h.slug)).toEqual(["old-story"]);
      expect((await searchArticles(old, { q: "Old Hand" })).total).toBe(1);
      const doc = await old.selectFrom("search_documents").selectAll().executeTakeFirstOrThrow();
      expect(doc.body).toBe("Written before the index existed.");
    } finally {
      await old.destroy();
      await drop();
    }
  });
});

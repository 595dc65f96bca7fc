import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDraft, updateArticle, type Actor } from "@/lib/content/article-writes";
import { upsertAuthor } from "@/lib/content/authors";
import { upsertBlog } from "@/lib/content/blogs";
import { publishArticle, publishDueArticles, unpublishArticle } from "@/lib/content/publishing";
import { restoreRevision } from "@/lib/content/revisions";
import { dialectOf, openDb, type Db } from "@/lib/db/connection";
import { generateArticles } from "@/lib/demo/generate";
import { loadDemoContent } from "@/lib/demo/load";
import { migrate, migrations } from "@/lib/db/migrations";
import { markdownToPlainText } from "@/lib/markdown/plain-text";
import { ConflictError } from "@/lib/errors";
import { reindexArticle, removeArticleFromIndex } from "@/lib/content/search-documents";
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

/** The text columns of a document (PostgreSQL's also has `tsv`, checked by expectIndexConsistent). */
const TEXT_COLUMNS = ["article_id", "title", "summary", "body", "authors", "tags"] as const;

/**
 * The full-text index agrees with the documents. SQLite: FTS5's own integrity check (it raises an error
 * otherwise). PostgreSQL: every document's tsv is what migration 008's function makes of its text and its
 * article's language now.
 */
async function expectIndexConsistent(db: Db): Promise<void> {
  if (dialectOf(db) === "sqlite") {
    await sql`insert into search_fts (search_fts, rank) values ('integrity-check', 1)`.execute(db);
    return;
  }
  const stale = await sql<{ n: number }>`
    select count(*) as n from search_documents d join articles a on a.id = d.article_id
    where d.tsv is distinct from search_vector(search_config(a.language), d.title, d.summary, d.body, d.authors, d.tags)`.execute(db);
  expect(stale.rows[0].n).toBe(0);
  const empty = await sql<{ n: number }>`select count(*) as n from search_documents where tsv = ''::tsvector and title <> ''`.execute(db);
  expect(empty.rows[0].n).toBe(0);
}

/** Makes every revision insert fail ("disk full"), or stops doing so: a write that fails after reindexing. */
async function failRevisions(db: Db, on: boolean): Promise<void> {
  if (dialectOf(db) === "sqlite") {
    if (on) await sql`create trigger fail_revision before insert on article_revisions begin select raise(abort, 'disk full'); end`.execute(db);
    else await sql`drop trigger fail_revision`.execute(db);
    return;
  }
  if (on) {
    await sql`create function fail_revision() returns trigger language plpgsql as $$ begin raise exception 'disk full'; end $$`.execute(db);
    await sql`create trigger fail_revision before insert on article_revisions for each row execute function fail_revision()`.execute(db);
  } else {
    await sql`drop trigger fail_revision on article_revisions`.execute(db);
    await sql`drop function fail_revision()`.execute(db);
  }
}

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
    const docs = await db.selectFrom("search_documents").select(TEXT_COLUMNS).where("article_id", "=", a.id).execute();
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
    const before = await db.selectFrom("search_documents").select(TEXT_COLUMNS).orderBy("article_id").execute();
    const err = await updateArticle(db, b.id, { title: "Vellumtide tram", slug: a.slug }, desk, { now: t(2) }).catch((e) => e);
    expect(err).toBeInstanceOf(ConflictError);
    expect(await db.selectFrom("search_documents").select(TEXT_COLUMNS).orderBy("article_id").execute()).toEqual(before);
    expect(await found("vellumtide")).toEqual([]);
    expect(await found("quorvath")).toEqual([b.slug]);
    // The FTS index agrees with its table (FTS5's own consistency check raises an error otherwise).
    await expectIndexConsistent(db);
  });

  it("a write that fails after the index was updated rolls the index back with it", async () => {
    const a = await draft("Zephyrine crane returns");
    await publishArticle(db, a.id, undefined, desk, { now: t(1) });
    // The revision is the last thing a write records, after reindexArticle: make it fail.
    await failRevisions(db, true);
    await expect(updateArticle(db, a.id, { title: "Vellumtide tram" }, desk, { now: t(2) })).rejects.toThrow("disk full");
    await expect(createDraft(db, { title: "Brackenmoor draft", body: "x" }, desk, { now: t(2) })).rejects.toThrow("disk full");
    await failRevisions(db, false);
    expect(await found("vellumtide")).toEqual([]);
    expect(await found("zephyrine")).toEqual([a.slug]);
    expect(await db.selectFrom("search_documents").select("title").execute()).toEqual([{ title: "Zephyrine crane returns" }]);
    await expectIndexConsistent(db);
  });

  it("a change of language reindexes the article in its new language", async () => {
    const a = await draft("Zephyrine ferries resume");
    await publishArticle(db, a.id, undefined, desk, { now: t(1) });
    expect(await found("zephyrine ferries")).toEqual([a.slug]);
    // English is stemmed on PostgreSQL ("ferry" and "ferries" are both "ferri"); SQLite matches words as written.
    const stemmed = dialectOf(db) === "postgres" ? [a.slug] : [];
    expect(await found("zephyrine ferry")).toEqual(stemmed);
    await updateArticle(db, a.id, { language: "fa" }, desk, { now: t(2) });
    expect(await found("zephyrine ferries")).toEqual([a.slug]);
    expect(await found("zephyrine ferry")).toEqual([]); // no stemming for Persian articles, in either store
    await updateArticle(db, a.id, { language: "en" }, desk, { now: t(3) });
    expect(await found("zephyrine ferry")).toEqual(stemmed);
    await expectIndexConsistent(db);
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
    await expectIndexConsistent(db);
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
    await expectIndexConsistent(db);
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
      const doc = await old.selectFrom("search_documents").select(TEXT_COLUMNS).executeTakeFirstOrThrow();
      expect(doc.body).toBe("Written before the index existed.");
    } finally {
      await old.destroy();
      await drop();
    }
  });
});

describe("migration 008", () => {
  it("indexes for PostgreSQL the documents a database already has, in each article's language", async () => {
    const { url, cleanup: drop } = await tempDbUrl();
    const old = openDb(url);
    try {
      await migrate(old, migrations.filter((m) => m.version < 8));
      await upsertBlog(old, { slug: "field-notes", title: "Field Notes" });
      const make = async (title: string, language: string) => {
        const a = (await createDraft(old, { title, body: "Notes from the quay.", language }, desk, { now: t(0) })).article;
        await publishArticle(old, a.id, undefined, desk, { now: t(1) });
        return a.slug;
      };
      const en = await make("Quorvath ferries return", "en");
      const ru = await make("Паромы Кворват возвращаются", "ru");
      await migrate(old);
      const find = async (q: string) => (await searchArticles(old, { q }, { now: t(12) })).hits.map((h) => h.slug);
      expect(await find("quorvath ferries")).toEqual([en]);
      expect(await find("паромы")).toEqual([ru]);
      if (dialectOf(old) === "postgres") {
        // Stemmed through each article's own configuration: english and russian.
        expect(await find("quorvath ferry")).toEqual([en]);
        expect(await find("паром")).toEqual([ru]);
      }
      await expectIndexConsistent(old);
    } finally {
      await old.destroy();
      await drop();
    }
  });
});

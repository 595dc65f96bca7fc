import { sql, type Kysely } from "kysely";
import { markdownToPlainText } from "../../markdown/plain-text";
import type { Dialect } from "../connection";

/**
 * Site search. `search_documents` holds each article's searchable text as plain text (portable DDL, both
 * stores); lib/content/search-documents.ts rewrites an article's row in the same transaction as every write of it.
 *
 * SQLite: `search_fts` is an FTS5 index over that table (external content, so the text is stored once), kept in
 * step by triggers. unicode61 folds case in every script and, with remove_diacritics 2, matches "cafe" to
 * "café"; it splits Cyrillic and Persian words like Latin ones.
 *
 * PostgreSQL: only the plain table for now, so article writes work on both stores. Its full-text index (a
 * tsvector over the same columns with a GIN index) belongs to the migration that adds PostgreSQL search.
 *
 * Existing articles are indexed here, from this file's own queries, so the migration keeps its meaning
 * whatever lib/search becomes later.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable("search_documents")
    // SQLite: an INTEGER PRIMARY KEY is the rowid, which the FTS index uses as its own.
    .addColumn("article_id", "integer", (c) => c.primaryKey().references("articles.id").onDelete("cascade"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("summary", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("authors", "text", (c) => c.notNull())
    .addColumn("tags", "text", (c) => c.notNull())
    .execute();

  if (dialect === "sqlite") {
    await sql`
      create virtual table search_fts using fts5(
        title, summary, body, authors, tags,
        content = 'search_documents', content_rowid = 'article_id',
        tokenize = 'unicode61 remove_diacritics 2'
      )`.execute(db);
    const cols = sql.raw("title, summary, body, authors, tags");
    const newCols = sql.raw("new.title, new.summary, new.body, new.authors, new.tags");
    const oldCols = sql.raw("old.title, old.summary, old.body, old.authors, old.tags");
    // The documented way to keep an external-content FTS5 table in step: 'delete' needs the old values.
    await sql`create trigger search_documents_ai after insert on search_documents begin
      insert into search_fts (rowid, ${cols}) values (new.article_id, ${newCols});
    end`.execute(db);
    await sql`create trigger search_documents_ad after delete on search_documents begin
      insert into search_fts (search_fts, rowid, ${cols}) values ('delete', old.article_id, ${oldCols});
    end`.execute(db);
    await sql`create trigger search_documents_au after update on search_documents begin
      insert into search_fts (search_fts, rowid, ${cols}) values ('delete', old.article_id, ${oldCols});
      insert into search_fts (rowid, ${cols}) values (new.article_id, ${newCols});
    end`.execute(db);
    // Search checks each match's visibility and filters on the article row; this narrow index answers that
    // without reading the row, which holds the whole body (search.ts names it with INDEXED BY).
    await sql`create index articles_search_filter on articles (id, status, published_at, blog_id, language)`.execute(db);
  }

  await indexExisting(db);
}

type Row = { id: number; title: string; summary: string; body: string };

/** Every article already in the database, in batches so a large archive never sits in memory at once. */
async function indexExisting(db: Kysely<unknown>): Promise<void> {
  const batch = 500;
  for (let after = 0; ; ) {
    const rows = (await sql<Row>`select id, title, summary, body from articles where id > ${after} order by id limit ${batch}`.execute(db)).rows;
    if (rows.length === 0) return;
    const ids = rows.map((r) => r.id);
    const idList = sql.join(ids);
    const authors = await sql<{ article_id: number; name: string }>`
      select aa.article_id, au.name from article_authors aa join authors au on au.id = aa.author_id
      where aa.article_id in (${idList}) order by aa.article_id, aa.position`.execute(db);
    const tags = await sql<{ article_id: number; name: string }>`
      select at.article_id, t.name from article_tags at join tags t on t.id = at.tag_id
      where at.article_id in (${idList}) order by at.article_id, t.name`.execute(db);
    const names = (list: { article_id: number; name: string }[], id: number) =>
      list.filter((x) => x.article_id === id).map((x) => x.name).join("\n");
    for (const r of rows) {
      await sql`insert into search_documents (article_id, title, summary, body, authors, tags)
        values (${r.id}, ${strip(r.title)}, ${strip(r.summary)}, ${strip(markdownToPlainText(r.body))},
                ${strip(names(authors.rows, r.id))}, ${strip(names(tags.rows, r.id))})`.execute(db);
    }
    after = ids[ids.length - 1];
  }
}

/** The highlighter's marker characters (private use) never occur in indexed text. */
function strip(s: string): string {
  return s.replace(/[\uE000\uE001]/g, "");
}

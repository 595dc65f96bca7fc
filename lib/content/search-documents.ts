import type { Db } from "../db/connection";
import { markdownToPlainText } from "../markdown/plain-text";

/**
 * Keeps site search in step with the articles. Every write of an article's content (its row, authors or tags)
 * calls `reindexArticle` inside its own transaction, so the index changes exactly when the article does and a
 * failed write leaves both as they were. Every article has a document, whatever its status: whether readers
 * may see it is decided when searching, from the article's row (see lib/search/search.ts), so publishing, unpublishing
 * and the scheduling clock need not touch the index and can never leave it behind.
 *
 * Writes go to `search_documents` (plain text, both stores); in SQLite the FTS5 index follows it by triggers, in
 * PostgreSQL the row's `tsv` is computed by a trigger from the text and the article's language (migration 008).
 */

export type SearchDocument = { articleId: number; title: string; summary: string; body: string; authors: string; tags: string };

/** Rebuilds one article's document from its current row, authors and tags (removes it if there is no such article). */
export async function reindexArticle(trx: Db, articleId: number): Promise<void> {
  const found = await indexArticles(trx, [articleId]);
  if (found === 0) await removeArticleFromIndex(trx, articleId);
}

/** Takes an article out of the index (deleting the article does this too, by cascade). */
export async function removeArticleFromIndex(trx: Db, articleId: number): Promise<void> {
  await trx.deleteFrom("search_documents").where("article_id", "=", articleId).execute();
}

/**
 * (Re)indexes many articles at once, in batches. `plainBodies` may give the plain text of some bodies when the
 * caller already has it (the bulk generator writes both), saving a Markdown parse each. Returns how many of the
 * ids were articles.
 */
export async function indexArticles(trx: Db, ids: number[], { plainBodies }: { plainBodies?: Map<number, string> } = {}): Promise<number> {
  let found = 0;
  for (let i = 0; i < ids.length; i += BATCH) {
    const docs = await buildDocuments(trx, ids.slice(i, i + BATCH), plainBodies);
    found += docs.length;
    if (docs.length) await writeDocuments(trx, docs);
  }
  return found;
}

// Six values a row: well under SQLite's and PostgreSQL's limits on bound parameters.
const BATCH = 500;

async function buildDocuments(trx: Db, ids: number[], plainBodies?: Map<number, string>): Promise<SearchDocument[]> {
  if (ids.length === 0) return [];
  const [rows, authors, tags] = await Promise.all([
    trx.selectFrom("articles").select(["id", "title", "summary", "body"]).where("id", "in", ids).execute(),
    trx
      .selectFrom("article_authors")
      .innerJoin("authors", "authors.id", "article_authors.author_id")
      .select(["article_authors.article_id", "authors.name"])
      .where("article_authors.article_id", "in", ids)
      .orderBy("article_authors.article_id")
      .orderBy("article_authors.position")
      .execute(),
    trx
      .selectFrom("article_tags")
      .innerJoin("tags", "tags.id", "article_tags.tag_id")
      .select(["article_tags.article_id", "tags.name"])
      .where("article_tags.article_id", "in", ids)
      .orderBy("article_tags.article_id")
      .orderBy("tags.name")
      .execute(),
  ]);
  const group = (list: { article_id: number; name: string }[]) => {
    const m = new Map<number, string[]>();
    for (const x of list) m.set(x.article_id, [...(m.get(x.article_id) ?? []), x.name]);
    return m;
  };
  const authorNames = group(authors);
  const tagNames = group(tags);
  return rows.map((r) => ({
    articleId: r.id,
    title: indexable(r.title),
    summary: indexable(r.summary),
    body: indexable(plainBodies?.get(r.id) ?? markdownToPlainText(r.body)),
    authors: indexable((authorNames.get(r.id) ?? []).join("\n")),
    tags: indexable((tagNames.get(r.id) ?? []).join("\n")),
  }));
}

async function writeDocuments(trx: Db, docs: SearchDocument[]): Promise<void> {
  await trx
    .insertInto("search_documents")
    .values(docs.map((d) => ({ article_id: d.articleId, title: d.title, summary: d.summary, body: d.body, authors: d.authors, tags: d.tags })))
    .onConflict((oc) =>
      oc.column("article_id").doUpdateSet((eb) => ({
        title: eb.ref("excluded.title"),
        summary: eb.ref("excluded.summary"),
        body: eb.ref("excluded.body"),
        authors: eb.ref("excluded.authors"),
        tags: eb.ref("excluded.tags"),
      })),
    )
    .execute();
}

/** The highlighter marks matches with two private-use characters (search.ts); indexed text never contains them. */
export function indexable(text: string): string {
  return text.replace(/[\uE000\uE001]/g, "");
}

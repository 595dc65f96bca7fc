import { sql } from "kysely";
import type { Db } from "../db/connection";
import { articleConditions, type Filters, type Marks, type PageRequest, type Ranked, type SearchEngine } from "./engine";
import { fromMarked, MARK_END, MARK_START } from "./highlight";
import { MAX_PAGE } from "./params";
import { toFts5, toFts5Title, type ParsedQuery } from "./query";

/**
 * Search on SQLite: the FTS5 table `search_fts` (migration 005) over `search_documents`. Ranking: articles whose
 * headline holds every wanted word of a group first, then BM25 with the headline weighted most, then the newest.
 */

/** Column weights for BM25, in the index's column order: title, summary, body, authors, tags. */
const WEIGHTS = sql.raw("10.0, 4.0, 1.0, 3.0, 3.0");
/** Words of body text in a snippet (FTS5 allows up to 64). */
const SNIPPET_TOKENS = 28;

export const sqliteEngine: SearchEngine = {
  async rank(db: Db, query: ParsedQuery, f: Filters, now: Date, { page, pageSize }: PageRequest): Promise<Ranked | null> {
    const match = toFts5(query);
    const titleMatch = toFts5Title(query);
    if (!match || !titleMatch) return null;
    const where = sql`search_fts match ${match} and ${articleConditions(f, now)}`;
    // CROSS JOIN keeps the full-text index as the outer loop: left to itself SQLite may walk the visible articles
    // and re-run the MATCH once per article, hundreds of times slower. The narrow index from migration 005 answers
    // the visibility and filter checks without reading article rows (each holds a whole body).
    const from = sql`search_fts cross join articles a indexed by articles_search_filter on a.id = search_fts.rowid`;
    const highlights = (ids: number[]) => highlight(db, match, ids);
    try {
      const count = await sql<{ n: number }>`select count(*) as n from ${from} where ${where}`.execute(db);
      const total = Number(count.rows[0]?.n ?? 0);
      if (total === 0 || page > MAX_PAGE || (page - 1) * pageSize >= total) return { total, ids: [], highlights };
      const rows = await sql<{ id: number }>`
        select a.id from ${from} where ${where}
        order by (search_fts.rowid in (select rowid from search_fts where search_fts match ${titleMatch})) desc,
          bm25(search_fts, ${WEIGHTS}), a.published_at desc, a.id desc
        limit ${pageSize} offset ${(page - 1) * pageSize}`.execute(db);
      return { total, ids: rows.rows.map((r) => r.id), highlights };
    } catch (err) {
      if (isFtsQueryError(err)) return null;
      throw err;
    }
  },
};

/** The headline, summary and a body passage of each article, with the matches marked. */
async function highlight(db: Db, match: string, ids: number[]): Promise<Map<number, Marks>> {
  if (ids.length === 0) return new Map();
  const rows = await sql<{ id: number; title: string; summary: string; body: string }>`
    select rowid as id,
      highlight(search_fts, 0, ${MARK_START}, ${MARK_END}) as title,
      highlight(search_fts, 1, ${MARK_START}, ${MARK_END}) as summary,
      snippet(search_fts, 2, ${MARK_START}, ${MARK_END}, '…', ${SNIPPET_TOKENS}) as body
    from search_fts where search_fts match ${match} and rowid in (${sql.join(ids)})`.execute(db);
  return new Map(rows.rows.map((r) => [r.id, { headline: fromMarked(r.title), summary: fromMarked(r.summary), body: fromMarked(r.body) }]));
}

/** SQLite's complaint about a MATCH expression (parseQuery should make these impossible; this is the backstop). */
function isFtsQueryError(err: unknown): boolean {
  const message = err instanceof Error ? err.message : "";
  return /^fts5:|unterminated string|malformed MATCH/i.test(message);
}

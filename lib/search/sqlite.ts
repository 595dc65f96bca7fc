import { sql } from "kysely";
import type { Db } from "../db/connection";
import { articleConditions, type Filters, type Marks, type PageRequest, type Ranked, type SearchEngine } from "./engine";
import { fromMarked, MARK_END, MARK_START } from "./highlight";
import { MAX_PAGE } from "./params";
import { toFts5, toFts5Title, type ParsedQuery } from "./query";

/**
 * Search on SQLite: the FTS5 table `search_fts` (migration 005) over `search_documents`. Ranking: articles whose
 * headline holds every wanted word of a group first, then BM25 with the headline weighted most, then the newest,
 * over at most `cap` candidates (RESULT_CAP in engine.ts): every match when there are no more, else the most
 * recently added headline matches, then the most recently added body-only ones.
 */

/** Column weights for BM25, in the index's column order: title, summary, body, authors, tags. */
const WEIGHTS = sql.raw("10.0, 4.0, 1.0, 3.0, 3.0");
/** Words of body text in a snippet (FTS5 allows up to 64). */
const SNIPPET_TOKENS = 28;

export const sqliteEngine: SearchEngine = {
  async rank(db: Db, query: ParsedQuery, f: Filters, now: Date, { page, pageSize, cap }: PageRequest): Promise<Ranked | null> {
    const match = toFts5(query);
    const titleMatch = toFts5Title(query);
    if (!match || !titleMatch) return null;
    const prefix = query.groups.some((g) => g.some((t) => t.prefix));
    const highlights = (ids: number[]) => highlight(db, match, ids, prefix);
    try {
      // Counted up to one past the cap: a common word's full count is a second pass over every match.
      const count = await sql<{ n: number }>`
        select count(*) as n from (select 1 from ${FROM} where search_fts match ${match} and ${articleConditions(f, now)} limit ${cap + 1})`.execute(db);
      const found = Number(count.rows[0]?.n ?? 0);
      const capped = found > cap;
      const total = capped ? cap : found;
      const offset = (page - 1) * pageSize;
      if (total === 0 || page > MAX_PAGE || offset >= total) return { total, capped, ids: [], highlights };
      const end = Math.min(offset + pageSize, total);

      // Headline matches rank above every body-only match, so each group is ranked on its own, and the
      // body-only group only when the page reaches into it.
      const headline = await candidates(db, `(${match}) AND (${titleMatch})`, f, now, cap);
      const ranked = offset < headline.length ? await rankWithin(db, match, headline) : headline;
      if (end > headline.length) {
        const bodyOnly = await candidates(db, `(${match}) NOT (${titleMatch})`, f, now, cap - headline.length);
        ranked.push(...(await rankWithin(db, match, bodyOnly)));
      }
      return { total, capped, ids: ranked.slice(offset, end).map((c) => c.id), highlights };
    } catch (err) {
      if (isFtsQueryError(err)) return null;
      throw err;
    }
  },
};

// CROSS JOIN keeps the full-text index as the outer loop: left to itself SQLite may walk the visible articles and
// re-run the MATCH once per article, hundreds of times slower. The narrow index from migration 005 answers the
// visibility and filter checks without reading article rows (each holds a whole body).
const FROM = sql`search_fts cross join articles a indexed by articles_search_filter on a.id = search_fts.rowid`;

type Candidate = { id: number; published_at: string };

/**
 * Up to `limit` visible matches of `match`, the most recently added first: FTS5 walks its index in rowid (article
 * id) order, so this reads no more matches than it returns (plus the invisible ones it skips) and scores none.
 */
async function candidates(db: Db, match: string, f: Filters, now: Date, limit: number): Promise<Candidate[]> {
  if (limit <= 0) return [];
  const rows = await sql<Candidate>`
    select a.id, a.published_at from ${FROM}
    where search_fts match ${match} and ${articleConditions(f, now)}
    order by search_fts.rowid desc limit ${limit}`.execute(db);
  return rows.rows;
}

/**
 * The candidates by BM25 of the whole query (headline weighted most), then the newest. BM25 is computed only for
 * them: the rowid range lets FTS5 skip the matches outside it, and `+rowid` keeps the list from being handed to
 * FTS5 as one lookup per id (each a whole new query).
 */
async function rankWithin(db: Db, match: string, list: Candidate[]): Promise<Candidate[]> {
  if (list.length === 0) return [];
  const ids = list.map((c) => c.id);
  const rows = await sql<{ id: number; score: number }>`
    select rowid as id, bm25(search_fts, ${WEIGHTS}) as score from search_fts
    where search_fts match ${match} and rowid between ${Math.min(...ids)} and ${Math.max(...ids)} and +rowid in (${sql.join(ids)})`.execute(db);
  const score = new Map(rows.rows.map((r) => [r.id, r.score]));
  const at = (c: Candidate) => score.get(c.id) ?? Number.POSITIVE_INFINITY;
  return [...list].sort((a, b) => at(a) - at(b) || (a.published_at < b.published_at ? 1 : a.published_at > b.published_at ? -1 : 0) || b.id - a.id);
}

/**
 * The headline, summary and a body passage of each article, with the matches marked. FTS5 answers `rowid in (…)`
 * with one lookup per id, cheap for words but a whole prefix expansion each for `harb*` (3 ms an id at 100,000
 * articles); for those the ids' rowid range is walked once instead.
 */
async function highlight(db: Db, match: string, ids: number[], prefix: boolean): Promise<Map<number, Marks>> {
  if (ids.length === 0) return new Map();
  const only = prefix ? sql`rowid between ${Math.min(...ids)} and ${Math.max(...ids)} and +rowid in (${sql.join(ids)})` : sql`rowid in (${sql.join(ids)})`;
  const rows = await sql<{ id: number; title: string; summary: string; body: string }>`
    select rowid as id,
      highlight(search_fts, 0, ${MARK_START}, ${MARK_END}) as title,
      highlight(search_fts, 1, ${MARK_START}, ${MARK_END}) as summary,
      snippet(search_fts, 2, ${MARK_START}, ${MARK_END}, '…', ${SNIPPET_TOKENS}) as body
    from search_fts where search_fts match ${match} and ${only}`.execute(db);
  return new Map(rows.rows.map((r) => [r.id, { headline: fromMarked(r.title), summary: fromMarked(r.summary), body: fromMarked(r.body) }]));
}

/** SQLite's complaint about a MATCH expression (parseQuery should make these impossible; this is the backstop). */
function isFtsQueryError(err: unknown): boolean {
  const message = err instanceof Error ? err.message : "";
  return /^fts5:|unterminated string|malformed MATCH/i.test(message);
}

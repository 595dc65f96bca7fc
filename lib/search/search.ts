import { sql } from "kysely";
import { hydrate, summaryColumns, visible } from "../content/articles";
import type { ArticleSummary } from "../content/types";
import { dialectOf, type Db } from "../db/connection";
import { fromMarked, plain, MARK_END, MARK_START, type Highlighted } from "./highlight";
import { MAX_PAGE } from "./params";
import { hasTerms, parseQuery, toFts5, toFts5Title, type ParsedQuery } from "./query";

/**
 * Site search over published articles: one function for the page, the tests and the benchmark, with the store's
 * own full-text engine behind it (SQLite FTS5 today; PostgreSQL's tsvector can implement `rankIds` and
 * `highlights` the same way). Ranking: articles whose headline holds the words first, then BM25 with the
 * headline weighted most, then the newest. Readers see only what `visible()` allows at `now`, checked on the
 * articles table at query time, so drafts, scheduled and unpublished articles are never found.
 */

export type SearchInput = {
  /** What the reader typed; anything at all (parseQuery cleans and limits it). */
  q: string;
  /** A blog's slug. */
  blog?: string | null;
  language?: string | null;
  /** First and last day of publication, YYYY-MM-DD (UTC), both included. */
  from?: string | null;
  to?: string | null;
  /** 1-based; a page past the end gives no hits (and the real page count). */
  page?: number;
  pageSize?: number;
};

export type SearchHit = ArticleSummary & {
  /** The headline, with the matching words marked. */
  headline: Highlighted;
  /** A passage of the body around the matches, or the summary: with the matching words marked. */
  snippet: Highlighted;
};

export type SearchResult = {
  query: ParsedQuery;
  total: number;
  page: number;
  pageSize: number;
  /** 0 when nothing matched. */
  pageCount: number;
  hits: SearchHit[];
};

export const DEFAULT_PAGE_SIZE = 10;
export const MAX_PAGE_SIZE = 50;

/** Column weights for BM25, in the index's column order: title, summary, body, authors, tags. */
const WEIGHTS = sql.raw("10.0, 4.0, 1.0, 3.0, 3.0");
/** Words of body text in a snippet (FTS5 allows up to 64). */
const SNIPPET_TOKENS = 28;

/** The store has no full-text search yet (PostgreSQL, until its version lands). */
export class SearchUnavailableError extends Error {
  name = "SearchUnavailableError";
}

export async function searchArticles(db: Db, input: SearchInput, { now = new Date() }: { now?: Date } = {}): Promise<SearchResult> {
  const query = parseQuery(input.q);
  const pageSize = wholeNumber(input.pageSize, 1, MAX_PAGE_SIZE) ?? DEFAULT_PAGE_SIZE;
  const page = wholeNumber(input.page, 1, Number.MAX_SAFE_INTEGER) ?? 1;
  const result: SearchResult = { query, total: 0, page, pageSize, pageCount: 0, hits: [] };
  if (!hasTerms(query)) return result;
  if (dialectOf(db) !== "sqlite") throw new SearchUnavailableError("Site search is not available on PostgreSQL yet");

  const filters = { blog: input.blog || null, language: input.language || null, ...dayRange(input.from, input.to) };
  const match = toFts5(query)!;
  const ranked = await rankIds(db, match, toFts5Title(query)!, filters, now, page, pageSize);
  if (!ranked) return result; // the engine refused the expression: an empty result, never an error page
  result.total = ranked.total;
  result.pageCount = Math.min(MAX_PAGE, Math.ceil(ranked.total / pageSize));
  if (ranked.ids.length === 0) return result;

  const [summaries, marks] = await Promise.all([publishedSummaries(db, ranked.ids, now), highlights(db, match, ranked.ids)]);
  result.hits = summaries.map((s) => {
    const m = marks.get(s.id);
    return { ...s, headline: m?.headline ?? plain(s.title), snippet: m ? pickSnippet(m, s.summary) : plain(s.summary) };
  });
  return result;
}

type Filters = { blog: string | null; language: string | null; fromIso: string | null; toIso: string | null };

/** One page of matching, visible article ids in rank order, and how many match in all. */
async function rankIds(db: Db, match: string, titleMatch: string, f: Filters, now: Date, page: number, pageSize: number) {
  // The same condition as visible() in articles.ts, written out because FTS5 needs a raw query; the summaries
  // are then read through visible() itself.
  const where = sql`search_fts match ${match}
    and a.status = 'published' and a.published_at <= ${now.toISOString()}
    ${f.blog ? sql`and a.blog_id = (select id from blogs where slug = ${f.blog})` : sql``}
    ${f.language ? sql`and a.language = ${f.language}` : sql``}
    ${f.fromIso ? sql`and a.published_at >= ${f.fromIso}` : sql``}
    ${f.toIso ? sql`and a.published_at < ${f.toIso}` : sql``}`;
  // CROSS JOIN keeps the full-text index as the outer loop: left to itself SQLite may walk the visible articles
  // and re-run the MATCH once per article, hundreds of times slower. The narrow index from migration 005 answers
  // the visibility and filter checks without reading article rows (each holds a whole body).
  const from = sql`search_fts cross join articles a indexed by articles_search_filter on a.id = search_fts.rowid`;
  try {
    const count = await sql<{ n: number }>`select count(*) as n from ${from} where ${where}`.execute(db);
    const total = Number(count.rows[0]?.n ?? 0);
    if (total === 0 || page > MAX_PAGE || (page - 1) * pageSize >= total) return { total, ids: [] };
    const rows = await sql<{ id: number }>`
      select a.id from ${from} where ${where}
      order by (search_fts.rowid in (select rowid from search_fts where search_fts match ${titleMatch})) desc,
        bm25(search_fts, ${WEIGHTS}), a.published_at desc, a.id desc
      limit ${pageSize} offset ${(page - 1) * pageSize}`.execute(db);
    return { total, ids: rows.rows.map((r) => r.id) };
  } catch (err) {
    if (isFtsQueryError(err)) return null;
    throw err;
  }
}

type Marks = { headline: Highlighted; summary: Highlighted; body: Highlighted };

/** The headline, summary and a body passage of each article, with the matches marked. */
async function highlights(db: Db, match: string, ids: number[]): Promise<Map<number, Marks>> {
  const rows = await sql<{ id: number; title: string; summary: string; body: string }>`
    select rowid as id,
      highlight(search_fts, 0, ${MARK_START}, ${MARK_END}) as title,
      highlight(search_fts, 1, ${MARK_START}, ${MARK_END}) as summary,
      snippet(search_fts, 2, ${MARK_START}, ${MARK_END}, '…', ${SNIPPET_TOKENS}) as body
    from search_fts where search_fts match ${match} and rowid in (${sql.join(ids)})`.execute(db);
  return new Map(rows.rows.map((r) => [r.id, { headline: fromMarked(r.title), summary: fromMarked(r.summary), body: fromMarked(r.body) }]));
}

/** The body passage when the body matched, else the summary (marked if it matched), else the body's opening. */
function pickSnippet(m: Marks, summary: string): Highlighted {
  if (m.body.ranges.length) return m.body;
  if (m.summary.ranges.length || summary) return m.summary;
  return m.body;
}

/** Summaries of the visible articles among `ids`, in the order given. */
async function publishedSummaries(db: Db, ids: number[], now: Date): Promise<ArticleSummary[]> {
  const rows = await db.selectFrom("articles").select([...summaryColumns]).where("articles.id", "in", ids).where(visible(now)).execute();
  const order = new Map(ids.map((id, i) => [id, i]));
  rows.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return hydrate(db, rows);
}

/** Publication-day bounds as ISO instants: from the first day's midnight (UTC) to before the day after the last. */
function dayRange(from?: string | null, to?: string | null): { fromIso: string | null; toIso: string | null } {
  const start = dayStart(from);
  const end = dayStart(to);
  return { fromIso: start?.toISOString() ?? null, toIso: end ? new Date(end.getTime() + 86_400_000).toISOString() : null };
}

function dayStart(day?: string | null): Date | null {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const d = new Date(`${day}T00:00:00.000Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

function wholeNumber(n: number | undefined, min: number, max: number): number | null {
  return typeof n === "number" && Number.isInteger(n) && n >= min && n <= max ? n : null;
}

/** SQLite's complaint about a MATCH expression (parseQuery should make these impossible; this is the backstop). */
function isFtsQueryError(err: unknown): boolean {
  const message = err instanceof Error ? err.message : "";
  return /^fts5:|unterminated string|malformed MATCH/i.test(message);
}

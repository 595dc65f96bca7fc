import { hydrate, summaryColumns, visible } from "../content/articles";
import type { ArticleSummary } from "../content/types";
import { dialectOf, type Db } from "../db/connection";
import { RESULT_CAP, type Marks, type SearchEngine } from "./engine";
import { plain, type Highlighted } from "./highlight";
import { MAX_PAGE } from "./params";
import { postgresEngine } from "./postgres";
import { hasTerms, parseQuery, type ParsedQuery } from "./query";
import { sqliteEngine } from "./sqlite";
import { editionLanguages } from "../editions/registry";

/**
 * Site search over published articles: one function for the page, the tests and the benchmark, with the store's
 * own full-text engine behind it (sqlite.ts: FTS5; postgres.ts: tsvector). Ranking: articles whose headline holds
 * the words first, then relevance with the headline weighted most, then the newest. Readers see only what
 * `visible()` allows at `now`, checked on the articles table at query time, so drafts, scheduled and unpublished
 * articles are never found. At most RESULT_CAP matches are counted and ranked (engine.ts says which when more
 * match); the result says `capped` then.
 */

export type SearchInput = {
  /** What the reader typed; anything at all (parseQuery cleans and limits it). */
  q: string;
  /** A blog's slug. */
  blog?: string | null;
  language?: string | null;
  /** Only the articles of this edition (its code): /fa/search finds Persian-edition stories only. */
  edition?: string | null;
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
  /** How many match; `cap` when more do. */
  total: number;
  /** More than `total` match ("1,000+ results"): only the first `total` in rank order are paged. */
  capped: boolean;
  page: number;
  pageSize: number;
  /** 0 when nothing matched. */
  pageCount: number;
  hits: SearchHit[];
};

export const DEFAULT_PAGE_SIZE = 10;
export const MAX_PAGE_SIZE = 50;

export type SearchOptions = {
  now?: Date;
  /** How many matches are counted and ranked at most: RESULT_CAP (engine.ts), or a smaller one in tests. */
  cap?: number;
};

export async function searchArticles(db: Db, input: SearchInput, { now = new Date(), cap = RESULT_CAP }: SearchOptions = {}): Promise<SearchResult> {
  const query = parseQuery(input.q);
  const pageSize = wholeNumber(input.pageSize, 1, MAX_PAGE_SIZE) ?? DEFAULT_PAGE_SIZE;
  const page = wholeNumber(input.page, 1, Number.MAX_SAFE_INTEGER) ?? 1;
  const result: SearchResult = { query, total: 0, capped: false, page, pageSize, pageCount: 0, hits: [] };
  if (!hasTerms(query)) return result;

  const filters = {
    blog: input.blog || null,
    language: input.language || null,
    languages: input.edition ? editionLanguages(input.edition) : null,
    ...dayRange(input.from, input.to),
  };
  const limit = wholeNumber(cap, 1, Number.MAX_SAFE_INTEGER) ?? RESULT_CAP;
  const ranked = await engineFor(db).rank(db, query, filters, now, { page, pageSize, cap: limit });
  if (!ranked) return result; // the engine refused the expression: an empty result, never an error page
  result.total = ranked.total;
  result.capped = ranked.capped;
  result.pageCount = Math.min(MAX_PAGE, Math.ceil(ranked.total / pageSize));
  if (ranked.ids.length === 0) return result;

  const [summaries, marks] = await Promise.all([publishedSummaries(db, ranked.ids, now), ranked.highlights(ranked.ids)]);
  result.hits = summaries.map((s) => {
    const m = marks.get(s.id);
    return { ...s, headline: m?.headline ?? plain(s.title), snippet: m ? pickSnippet(m, s.summary) : plain(s.summary) };
  });
  return result;
}

function engineFor(db: Db): SearchEngine {
  return dialectOf(db) === "postgres" ? postgresEngine : sqliteEngine;
}

/** The body passage when the body matched, else the summary (marked if it matched), else the body's opening. */
function pickSnippet(m: Marks, summary: string): Highlighted {
  if (m.body.ranges.length) return m.body;
  if (m.summary.ranges.length || summary) return m.summary;
  return m.body;
}

/**
 * Summaries of the visible articles among `ids`, in the order given. The ids come first in a CROSS JOIN, so each
 * article row is read by its key: given `id in (…)` and visible() together, SQLite's planner walks the index on
 * (status, published_at) over every published article instead (12 ms at 100,000 articles, for ten rows).
 */
async function publishedSummaries(db: Db, ids: number[], now: Date): Promise<ArticleSummary[]> {
  const page = db.selectFrom("articles").select("articles.id as page_id").where("articles.id", "in", ids).as("page");
  const rows = await db
    .selectFrom(page)
    .crossJoin("articles")
    .select([...summaryColumns])
    .whereRef("articles.id", "=", "page.page_id")
    .where(visible(now))
    .execute();
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

import { sql, type RawBuilder } from "kysely";
import type { Db } from "../db/connection";
import type { Highlighted } from "./highlight";
import type { ParsedQuery } from "./query";

/**
 * What a store's full-text engine does for `searchArticles` (search.ts): sqlite.ts with FTS5, postgres.ts with a
 * tsvector. Both rank the same way (every wanted word in the headline first, then relevance with the headline
 * weighted most, then the newest) and check visibility on the article row at query time, exactly as `visible()`.
 */
export type SearchEngine = {
  /** One page of matching, visible article ids in rank order, and how many match, counted up to the cap. Null
   * when the engine could not read the query: the reader gets an empty result, never an error. */
  rank(db: Db, query: ParsedQuery, filters: Filters, now: Date, page: PageRequest): Promise<Ranked | null>;
};

/**
 * At most this many matches are counted and ranked (the page says "1,000+ results" beyond it). Up to the cap
 * every match is ranked by the rule above; past it, scoring and sorting every match of a common word costs more
 * than the whole search may (docs/decisions/026-search-at-scale.md), so the engines rank a capped candidate set
 * instead, taken in index order without scoring: the most recently added headline matches, then, when those do
 * not fill the cap, the most recently added body-only matches. The ranking rule then applies within that set.
 */
export const RESULT_CAP = 1000;

/** `languages`: the edition's scope (lib/editions/registry.ts editionLanguages), null for every language. */
export type Filters = {
  blog: string | null;
  language: string | null;
  languages: { only: string } | { except: string[] } | null;
  fromIso: string | null;
  toIso: string | null;
};

export type PageRequest = {
  page: number;
  pageSize: number;
  /** RESULT_CAP, or a smaller one (tests). */
  cap: number;
};

export type Ranked = {
  /** How many match, or `cap` when more do (then `capped`). */
  total: number;
  /** More than `cap` match: only `cap` of them are ranked and paged. */
  capped: boolean;
  ids: number[];
  /** The headline, summary and a body passage of each of `ids`, with the matching words marked. */
  highlights: (ids: number[]) => Promise<Map<number, Marks>>;
};

export type Marks = { headline: Highlighted; summary: Highlighted; body: Highlighted };

/**
 * Visibility and the filters as a condition on `articles a`, for the engines' raw queries (both stores read it
 * the same way). The same rule as visible() in lib/content/articles.ts, written out because full-text queries are
 * raw SQL; searchArticles then reads the page's summaries through visible() itself.
 */
export function articleConditions(f: Filters, now: Date): RawBuilder<unknown> {
  return sql`a.status = 'published' and a.published_at <= ${now.toISOString()}
    ${f.blog ? sql`and a.blog_id = (select id from blogs where slug = ${f.blog})` : sql``}
    ${f.language ? sql`and a.language = ${f.language}` : sql``}
    ${languageScope(f.languages)}
    ${f.fromIso ? sql`and a.published_at >= ${f.fromIso}` : sql``}
    ${f.toIso ? sql`and a.published_at < ${f.toIso}` : sql``}`;
}

function languageScope(scope: Filters["languages"]): RawBuilder<unknown> {
  if (!scope) return sql``;
  if ("only" in scope) return sql`and a.language = ${scope.only}`;
  return scope.except.length ? sql`and a.language not in (${sql.join(scope.except)})` : sql``;
}

/** The store's search index is not there (a PostgreSQL database not yet migrated to version 8): the page says so. */
export class SearchUnavailableError extends Error {
  name = "SearchUnavailableError";
}

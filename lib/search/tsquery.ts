import { sql, type RawBuilder } from "kysely";
import type { Db } from "../db/connection";
import { letterVariants, type ParsedQuery, type Term } from "./query";

/**
 * The parsed query as PostgreSQL tsquery text. The reader's words reach PostgreSQL only as bound values, each
 * wrapped as one quoted string for `to_tsquery` (inside quotes its syntax is only `'` and `\`, both escaped here),
 * so `&|!<->:*()` and the rest are just characters for the parser to split words on. PostgreSQL turns each term
 * into lexemes (a quoted string of several words becomes a phrase, `a <-> b`) through every configuration an
 * article may be indexed in, and prints the result back as tsquery text; those printed pieces are joined here
 * with the operators the parsed query calls for. The joined text goes back to PostgreSQL as a value cast to
 * tsquery, once, and every query of the search reuses it (a constant, so the GIN index answers it).
 */

/**
 * Every configuration migration 008's search_config() can give an article; a term is looked up through all of
 * them, so an English word is stemmed as English, a Russian one as Russian, and any word also matches as
 * written (the `simple` lexemes every document holds too).
 */
export const TS_CONFIGS = ["english", "russian", "simple"] as const;

export type CompiledTsQuery = {
  /** The whole query, exclusions included: what a document must match. */
  match: string;
  /** Only the wanted words (any group): for "all of them in the headline" and for highlighting. */
  wanted: string;
};

/** A term as one quoted to_tsquery string, `:*` for a prefix. */
export function quoteTerm(text: string, prefix: boolean): string {
  return `'${text.replace(/\\/g, "\\\\").replace(/'/g, "''")}'${prefix ? ":*" : ""}`;
}

/**
 * The tsquery text of the whole query, or null when there is nothing PostgreSQL can search for: no group has a
 * wanted word that makes a lexeme (its characters are all ones PostgreSQL's parser does not read as words).
 */
export async function compileTsQuery(db: Db, q: ParsedQuery): Promise<CompiledTsQuery | null> {
  const terms = q.groups.flat();
  if (terms.length === 0) return null;
  const columns = terms.map((t, i) => sql`(${termTsQuery(t)})::text as ${sql.ref(`t${i}`)}`);
  const row = (await sql<Record<string, string>>`select ${sql.join(columns)}`.execute(db)).rows[0] ?? {};
  let i = 0;
  const groups = q.groups.map((g) => g.map((term) => ({ term, text: row[`t${i++}`] ?? "" })));

  const paren = (s: string) => `(${s})`;
  const match: string[] = [];
  const wanted: string[] = [];
  for (const g of groups) {
    // A term that makes no lexeme in any configuration is left out, like a stop word; a group left with no
    // wanted word is dropped, so what remains never means "everything except".
    const want = g.filter((x) => !x.term.exclude && x.text).map((x) => paren(x.text));
    if (want.length === 0) continue;
    const unwanted = g.filter((x) => x.term.exclude && x.text).map((x) => paren(x.text));
    const all = paren(want.join(" & "));
    wanted.push(all);
    match.push(unwanted.length ? `${all} & !(${unwanted.join(" | ")})` : all);
  }
  return match.length ? { match: match.join(" | "), wanted: wanted.join(" | ") } : null;
}

/** One term through every configuration and spelling, or'd: a tsquery expression with the term as bound values. */
function termTsQuery(t: Term): RawBuilder<unknown> {
  const pieces = letterVariants(t.text).flatMap((v) =>
    TS_CONFIGS.map((c) => sql`to_tsquery(${sql.lit(c)}::regconfig, ${quoteTerm(v, t.prefix)})`),
  );
  return sql.join(pieces, sql` || `);
}

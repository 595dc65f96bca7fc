import { sql, type RawBuilder } from "kysely";
import type { Db } from "../db/connection";
import { letterVariants, type ParsedQuery, type Term } from "./query";

/**
 * The parsed query as PostgreSQL tsquery text. The reader's words reach PostgreSQL only as bound values, each
 * wrapped as one quoted string for `to_tsquery` (inside quotes its syntax is only `'` and `\`, both escaped here),
 * so `&|!<->:*()` and the rest are just characters for the parser to split words on. PostgreSQL turns each term
 * into lexemes (a quoted string of several words becomes a phrase, `a <-> b`) through every configuration an
 * article may be indexed in, and prints the result back as tsquery text; those printed pieces are joined here
 * with the operators the parsed query calls for. Each query of the search then sends the joined text as one bound
 * value cast to tsquery: a constant, so the GIN index answers it.
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
  /** Only the wanted words (any group): what ts_headline marks (it would mark excluded words too). */
  wanted: string;
  /** The wanted words restricted to weight A: a document matching it has them all in its headline. */
  title: string;
};

/** A term as one quoted to_tsquery string, `:*` for a prefix, and a weight letter that restricts where it matches. */
export function quoteTerm(text: string, prefix: boolean, weight = ""): string {
  const suffix = `${prefix ? "*" : ""}${weight}`;
  return `'${text.replace(/\\/g, "\\\\").replace(/'/g, "''")}'${suffix ? `:${suffix}` : ""}`;
}

/**
 * The tsquery text of the whole query, or null when there is nothing PostgreSQL can search for: no group has a
 * wanted word that makes a lexeme (its characters are all ones PostgreSQL's parser does not read as words).
 */
export async function compileTsQuery(db: Db, q: ParsedQuery): Promise<CompiledTsQuery | null> {
  // One round trip: every term in every spelling and configuration, anywhere and (wanted terms) in the headline.
  const pieces: { term: Term; title: boolean; sql: RawBuilder<unknown> }[] = [];
  for (const term of q.groups.flat()) {
    for (const title of term.exclude ? [false] : [false, true]) {
      for (const v of letterVariants(term.text)) {
        for (const c of TS_CONFIGS) {
          pieces.push({ term, title, sql: sql`to_tsquery(${sql.lit(c)}::regconfig, ${quoteTerm(v, term.prefix, title ? "A" : "")})::text` });
        }
      }
    }
  }
  if (pieces.length === 0) return null;
  const columns = pieces.map((p, i) => sql`${p.sql} as ${sql.ref(`p${i}`)}`);
  const row = (await sql<Record<string, string>>`select ${sql.join(columns)}`.execute(db)).rows[0] ?? {};
  // A term's tsquery: its distinct non-empty pieces, or'd ("council" is the same lexeme in all three configurations).
  const termText = (term: Term, title: boolean) => {
    const texts = new Set(pieces.flatMap((p, i) => (p.term === term && p.title === title && row[`p${i}`] ? [row[`p${i}`]] : [])));
    return [...texts].map((t) => `(${t})`).join(" | ");
  };

  const paren = (s: string) => `(${s})`;
  const match: string[] = [];
  const wanted: string[] = [];
  const title: string[] = [];
  for (const g of q.groups) {
    // A term that makes no lexeme in any configuration is left out, like a stop word; a group left with no
    // wanted word is dropped, so what remains never means "everything except".
    const want = g.filter((t) => !t.exclude).map((t) => termText(t, false)).filter(Boolean).map(paren);
    if (want.length === 0) continue;
    const unwanted = g.filter((t) => t.exclude).map((t) => termText(t, false)).filter(Boolean).map(paren);
    const all = paren(want.join(" & "));
    wanted.push(all);
    title.push(paren(g.filter((t) => !t.exclude).map((t) => termText(t, true)).filter(Boolean).map(paren).join(" & ")));
    match.push(unwanted.length ? `${all} & !(${unwanted.join(" | ")})` : all);
  }
  return match.length ? { match: match.join(" | "), wanted: wanted.join(" | "), title: title.join(" | ") } : null;
}

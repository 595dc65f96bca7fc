import { sql, type Kysely } from "kysely";
import type { Dialect } from "../connection";

/**
 * PostgreSQL site search: a `tsv` tsvector on `search_documents` with a GIN index, kept by a trigger from the
 * row's text whenever lib/content/search-documents.ts writes it (so in the article's own write transaction, as in SQLite).
 * SQLite already has its FTS5 index (migration 005): nothing to do there.
 *
 * Each text is indexed twice: through the article language's configuration (en: english, ru: russian; stems,
 * drops stop words) and through `simple` (every word as written, lower-cased), so "running" finds "runs" in an
 * English article while a stop word or an unstemmed form still matches. Weights: A title, B summary, C authors
 * and tags, D body. Between the parts a gap of GAP positions keeps a phrase from matching across the end of one
 * text and the start of the next (concatenating tsvectors shifts the right one's positions just past the left's).
 *
 * The configuration comes from the article row (`search_config(articles.language)`); an edit that changes the
 * language rewrites the document like any other edit. The mapping lives here and in lib/search/postgres.ts
 * (which queries through every configuration this function can return); change both in a new migration.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  if (dialect !== "postgres") return;

  await sql`
    create function search_config(language text) returns regconfig
    language sql immutable parallel safe
    as $$ select case language when 'en' then 'english'::regconfig when 'ru' then 'russian'::regconfig else 'simple'::regconfig end $$`.execute(db);

  // One text with one weight: the language's lexemes, a gap, the simple lexemes, a gap. The gap is a lexeme made
  // of a private-use character (indexed text never holds one), deleted again once it has pushed the positions on.
  await sql`
    create function search_part(cfg regconfig, body text, weight "char") returns tsvector
    language sql immutable parallel safe
    as $$
      select ts_delete(setweight(
        case when cfg = 'simple'::regconfig then to_tsvector('simple', body) || ${sql.lit(GAP_LEXEME)}::tsvector
        else to_tsvector(cfg, body) || ${sql.lit(GAP_LEXEME)}::tsvector || to_tsvector('simple', body) || ${sql.lit(GAP_LEXEME)}::tsvector end,
        weight), ${sql.lit(GAP_CHAR)}::text)
    $$`.execute(db);

  await sql`
    create function search_vector(cfg regconfig, title text, summary text, body text, authors text, tags text) returns tsvector
    language sql immutable parallel safe
    as $$
      select search_part(cfg, title, 'A') || search_part(cfg, summary, 'B')
        || search_part(cfg, authors, 'C') || search_part(cfg, tags, 'C') || search_part(cfg, body, 'D')
    $$`.execute(db);

  await sql`alter table search_documents add column tsv tsvector not null default ''::tsvector`.execute(db);
  await sql`
    update search_documents d
    set tsv = search_vector(search_config(a.language), d.title, d.summary, d.body, d.authors, d.tags)
    from articles a where a.id = d.article_id`.execute(db);

  await sql`
    create function search_documents_tsv() returns trigger
    language plpgsql
    as $$
    begin
      new.tsv := search_vector(search_config((select a.language from articles a where a.id = new.article_id)),
        new.title, new.summary, new.body, new.authors, new.tags);
      return new;
    end
    $$`.execute(db);
  await sql`
    create trigger search_documents_tsv before insert or update on search_documents
    for each row execute function search_documents_tsv()`.execute(db);

  await sql`create index search_documents_tsv_gin on search_documents using gin (tsv)`.execute(db);
}

const GAP_CHAR = "\uE000";
/** More words than a phrase can hold (queries are cut at 200 characters), so `a <N> b` never spans two texts either. */
const GAP = 100;
const GAP_LEXEME = `${GAP_CHAR}:${GAP}`;

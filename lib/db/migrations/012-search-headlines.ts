import { sql, type Kysely } from "kysely";
import type { Dialect } from "../connection";

/**
 * PostgreSQL: the headline's own tsvector, `search_documents.title_tsv`, with a GIN index, so search can find the
 * articles whose headline holds the words from the index alone. Until now that took `tsv @@ 'word':A` on every
 * match, which reads each match's whole document vector (TOAST) to look at its weights; for a common word that
 * was most of the search's time (docs/decisions/026-search-at-scale.md).
 *
 * The vector is migration 008's headline part, `search_part(config, title, 'A')`: the same lexemes at the same
 * positions as the A-weighted part of `tsv`, so `title_tsv @@ q` finds exactly what `tsv @@ q` restricted to
 * weight A found. The trigger of 008 is replaced by one that keeps both vectors. SQLite's FTS5 index already
 * answers headline matches with a column filter: nothing to do there.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  if (dialect !== "postgres") return;

  await sql`alter table search_documents add column title_tsv tsvector not null default ''::tsvector`.execute(db);
  await sql`
    create or replace function search_documents_tsv() returns trigger
    language plpgsql
    as $$
    declare
      cfg regconfig := search_config((select a.language from articles a where a.id = new.article_id));
    begin
      new.tsv := search_vector(cfg, new.title, new.summary, new.body, new.authors, new.tags);
      new.title_tsv := search_part(cfg, new.title, 'A');
      return new;
    end
    $$`.execute(db);
  // Through the trigger, which sets both vectors.
  await sql`update search_documents set title = title`.execute(db);
  await sql`create index search_documents_title_tsv_gin on search_documents using gin (title_tsv)`.execute(db);
}

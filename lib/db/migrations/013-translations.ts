import type { Kysely } from "kysely";

/**
 * Translations between editions (issue 13): `articles.translation_of` names the story an article translates,
 * null for an article that translates nothing. A group of versions is one source (the root, translation_of null)
 * and the articles pointing at it; a translation of a translation is stored pointing at the root, so a group is
 * always one level deep and read with one index lookup. The rules (another edition than its source, one version
 * per edition) are checked by lib/content/translations.ts in the write's transaction: an article's edition
 * follows its language (decision 029), which a constraint here cannot see.
 *
 * Deleting a source sets its translations' link to null rather than deleting them. Portable DDL for SQLite and
 * PostgreSQL; like every migration it runs in one transaction with its schema_migrations row, so a failure
 * leaves the table as it was.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("articles")
    .addColumn("translation_of", "integer", (c) => c.references("articles.id").onDelete("set null"))
    .execute();
  await db.schema.createIndex("articles_translation_of").on("articles").column("translation_of").execute();
}

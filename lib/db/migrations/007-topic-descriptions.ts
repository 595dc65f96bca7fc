import type { Kysely } from "kysely";

/**
 * A description for each tag, shown under the title of its topic page (/tags/<slug>) and used as the page's meta
 * description. Empty means none. Portable DDL for SQLite and PostgreSQL.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("tags").addColumn("description", "text", (c) => c.notNull().defaultTo("")).execute();
}

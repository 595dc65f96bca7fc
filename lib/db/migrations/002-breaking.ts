import { sql, type Kysely } from "kysely";
import type { Dialect } from "../connection";

/** Breaking-news items shown in the site-wide banner. Portable DDL for SQLite and PostgreSQL. */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  // SQLite: INTEGER PRIMARY KEY is the auto-numbered rowid. PostgreSQL: an identity column.
  const idType = dialect === "postgres" ? "serial" : "integer";

  await db.schema
    .createTable("breaking_items")
    .addColumn("id", idType, (c) => c.primaryKey())
    .addColumn("headline", "text", (c) => c.notNull())
    .addColumn("link", "text")
    .addColumn("language", "text", (c) => c.notNull().defaultTo("en"))
    .addColumn("priority", "text", (c) =>
      c.notNull().defaultTo("breaking").check(sql`${sql.ref("priority")} in ('breaking', 'developing')`),
    )
    .addColumn("posted_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text")
    .addColumn("withdrawn_at", "text")
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  // The live query: not withdrawn, newest first.
  await db.schema
    .createIndex("breaking_items_live")
    .on("breaking_items")
    .columns(["withdrawn_at", "posted_at desc"])
    .execute();

  // One row counting writes to breaking_items. Every store write bumps it in the same transaction, so readers
  // (the in-process snapshot of each web server) learn of a change with one primary-key read. A counter,
  // unlike max(updated_at), also changes for two writes within the same millisecond.
  await db.schema
    .createTable("breaking_version")
    .addColumn("id", "integer", (c) => c.primaryKey().check(sql`${sql.ref("id")} = 1`))
    .addColumn("version", "integer", (c) => c.notNull())
    .execute();
  await sql`insert into breaking_version (id, version) values (1, 0)`.execute(db);
}

import type { Kysely } from "kysely";

/**
 * Who uploaded each media file (a newsroom user or an API key; null for files from before, and for the demo's),
 * so uploads can be limited per uploader (a rate and a quota) and an uploader may delete their own unused files.
 * The indexes serve the limit's count: one uploader's files since a time. Portable DDL for SQLite and PostgreSQL.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("media_files").addColumn("uploaded_by_user_id", "integer").execute();
  await db.schema.alterTable("media_files").addColumn("uploaded_by_key_id", "integer").execute();
  await db.schema.createIndex("media_files_user").on("media_files").columns(["uploaded_by_user_id", "created_at"]).execute();
  await db.schema.createIndex("media_files_key").on("media_files").columns(["uploaded_by_key_id", "created_at"]).execute();
}

import type { Kysely } from "kysely";
import type { Dialect } from "../connection";

/**
 * Uploaded media bytes in the database, so every instance behind a load balancer serves every upload (a local
 * folder is only on the machine that took the upload). Rows are written once and never changed.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable("media_files")
    // The generated file name from the /media/<name> URL: a UUID and the type's extension.
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("content_type", "text", (c) => c.notNull())
    .addColumn("byte_size", "integer", (c) => c.notNull())
    .addColumn("bytes", dialect === "postgres" ? "bytea" : "blob", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
}

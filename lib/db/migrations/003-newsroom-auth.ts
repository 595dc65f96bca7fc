import { sql, type Kysely } from "kysely";
import type { Dialect } from "../connection";

/**
 * Newsroom access: staff accounts, their sessions, API keys and sign-in attempts. Portable DDL for SQLite and
 * PostgreSQL. Secrets never reach these tables in the clear: sessions and keys are stored as SHA-256 hashes of
 * the token, passwords as scrypt hashes.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  // SQLite: INTEGER PRIMARY KEY is the auto-numbered rowid. PostgreSQL: an identity column.
  const idType = dialect === "postgres" ? "serial" : "integer";
  const roles = sql`in ('writer', 'editor', 'admin')`;

  await db.schema
    .createTable("users")
    .addColumn("id", idType, (c) => c.primaryKey())
    // Stored lowercased so the unique index also refuses "Ana@X" beside "ana@x".
    .addColumn("email", "text", (c) => c.notNull().unique().check(sql`${sql.ref("email")} = lower(${sql.ref("email")})`))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull().check(sql`${sql.ref("role")} ${roles}`))
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("disabled_at", "text")
    .execute();

  // id is sha256(token): the raw token lives only in the browser's cookie, so a copy of the database signs no one in.
  await db.schema
    .createTable("sessions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("last_seen_at", "text", (c) => c.notNull())
    .addColumn("user_agent", "text")
    .addColumn("ip", "text")
    .execute();
  await db.schema.createIndex("sessions_user").on("sessions").column("user_id").execute();

  await db.schema
    .createTable("api_keys")
    .addColumn("id", idType, (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("key_hash", "text", (c) => c.notNull().unique())
    .addColumn("prefix", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull().defaultTo("editor").check(sql`${sql.ref("role")} ${roles}`))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("last_used_at", "text")
    .addColumn("revoked_at", "text")
    .execute();

  // In the database rather than in memory so that every web process shares the same limits.
  await db.schema
    .createTable("login_attempts")
    .addColumn("key", "text", (c) => c.notNull()) // "email:<address>" or "ip:<address>"
    .addColumn("attempted_at", "text", (c) => c.notNull())
    .addColumn("succeeded", "integer", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("login_attempts_key_time").on("login_attempts").columns(["key", "attempted_at"]).execute();
}

import type { Kysely } from "kysely";

/**
 * Each sign-in attempt is recorded (as a failure) before its password is checked, and marked a success afterwards
 * if it was one: `attempt` names the rows of one attempt (one per key) so exactly those are marked. Null for rows
 * written before. Portable DDL for SQLite and PostgreSQL.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("login_attempts").addColumn("attempt", "text").execute();
  await db.schema.createIndex("login_attempts_attempt").on("login_attempts").column("attempt").execute();
}

import { sql, type Kysely } from "kysely";
import { dialectOf, type Db, type Dialect } from "./connection";
import * as m001 from "./migrations/001-initial";
import * as m002 from "./migrations/002-breaking";
import * as m003 from "./migrations/003-newsroom-auth";
import * as m004 from "./migrations/004-revisions";
import * as m005 from "./migrations/005-search";
import * as m006 from "./migrations/006-media";
import * as m007 from "./migrations/007-topic-descriptions";
import * as m008 from "./migrations/008-search-postgres";
import * as m009 from "./migrations/009-first-revisions";
import * as m010 from "./migrations/010-login-attempt-ids";
import * as m011 from "./migrations/011-media-uploaders";
import * as m012 from "./migrations/012-search-headlines";
import * as m013 from "./migrations/013-translations";

export type Migration = { version: number; name: string; up: (db: Kysely<unknown>, dialect: Dialect) => Promise<void> };

/** Every migration, in order. Add new ones at the end with the next version number; never edit an applied one. */
export const migrations: Migration[] = [
  { version: 1, name: "initial", up: m001.up },
  { version: 2, name: "breaking", up: m002.up },
  { version: 3, name: "newsroom-auth", up: m003.up },
  { version: 4, name: "revisions", up: m004.up },
  { version: 5, name: "search", up: m005.up },
  { version: 6, name: "media", up: m006.up },
  { version: 7, name: "topic-descriptions", up: m007.up },
  { version: 8, name: "search-postgres", up: m008.up },
  { version: 9, name: "first-revisions", up: m009.up },
  { version: 10, name: "login-attempt-ids", up: m010.up },
  { version: 11, name: "media-uploaders", up: m011.up },
  { version: 12, name: "search-headlines", up: m012.up },
  { version: 13, name: "translations", up: m013.up },
];

export type MigrationResult = { applied: Migration[]; current: number };

/**
 * Applies pending migrations, each in its own transaction together with its row in schema_migrations,
 * so a failing migration leaves the database exactly as it was before it started (DDL is transactional in
 * SQLite and PostgreSQL alike). Safe when several instances start at once: on PostgreSQL each transaction first
 * takes an advisory lock for this schema and re-checks whether another instance applied the migration meanwhile.
 */
export async function migrate(
  db: Db,
  list: Migration[] = migrations,
  log: (line: string) => void = () => {},
): Promise<MigrationResult> {
  const dialect = dialectOf(db);
  await exclusively(db, (trx) =>
    trx.schema
      .createTable("schema_migrations")
      .ifNotExists()
      .addColumn("version", "integer", (c) => c.primaryKey())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("applied_at", "text", (c) => c.notNull())
      .execute(),
  );

  const done = new Set((await db.selectFrom("schema_migrations").select("version").execute()).map((r) => r.version));
  const applied: Migration[] = [];
  for (const m of [...list].sort((a, b) => a.version - b.version)) {
    if (done.has(m.version)) continue;
    const ran = await exclusively(db, async (trx) => {
      const already = await trx.selectFrom("schema_migrations").select("version").where("version", "=", m.version).executeTakeFirst();
      if (already) return false; // another instance applied it while this one waited for the lock
      log(`migrating ${String(m.version).padStart(3, "0")} ${m.name}`);
      await m.up(trx as unknown as Kysely<unknown>, dialect);
      await trx
        .insertInto("schema_migrations")
        .values({ version: m.version, name: m.name, applied_at: new Date().toISOString() })
        .execute();
      return true;
    });
    if (ran) applied.push(m);
  }
  const row = await db
    .selectFrom("schema_migrations")
    .select(sql<number>`coalesce(max(version), 0)`.as("v"))
    .executeTakeFirstOrThrow();
  return { applied, current: Number(row.v) };
}

/** "DISP": the advisory-lock namespace of Dispatch's migrations; the second key is the schema's name. */
const MIGRATION_LOCK = 0x44495350;

/**
 * Runs `fn` in a transaction that, on PostgreSQL, holds a transaction-scoped advisory lock per schema, so two
 * instances never migrate the same schema at once (the lock is released by the commit or rollback). SQLite
 * serialises writers itself.
 */
async function exclusively<T>(db: Db, fn: (trx: Db) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    if (dialectOf(db) === "postgres") {
      await sql`select pg_advisory_xact_lock(${sql.lit(MIGRATION_LOCK)}, hashtext(current_schema()))`.execute(trx);
    }
    return fn(trx);
  });
}

import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import { config } from "../config";
import type { Database as Schema } from "./schema";

export type Db = Kysely<Schema>;
export type Dialect = "sqlite" | "postgres";

const dialects = new WeakMap<Db, Dialect>();

/** Which SQL dialect a Kysely instance speaks, for the few places (DDL) where the two differ. */
export function dialectOf(db: Db): Dialect {
  return dialects.get(db) ?? "sqlite";
}

/** Path of the SQLite file named by a `file:` URL, relative to the working directory. */
export function sqlitePath(url: string): string {
  if (url === ":memory:") return url;
  if (!url.startsWith("file:")) throw new Error(`Not a SQLite URL: ${url}`);
  return path.resolve(url.slice("file:".length));
}

/** Opens a Kysely instance for a database URL. PostgreSQL arrives with the scale-out issue. */
export function openDb(url: string): Db {
  if (/^postgres(ql)?:\/\//.test(url)) {
    throw new Error("PostgreSQL is not supported yet: set DATABASE_URL=file:./data/dispatch.db");
  }
  const file = sqlitePath(url);
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  // WAL lets readers (the web server) and a writer (a CLI, a publish) work at once.
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  const kysely = new Kysely<Schema>({ dialect: new SqliteDialect({ database: sqlite }) });
  dialects.set(kysely, "sqlite");
  return kysely;
}

const globalDb = globalThis as unknown as { __dispatchDb?: Db };

/** The process-wide database for the configured DATABASE_URL (one connection, reused across requests). */
export function db(): Db {
  globalDb.__dispatchDb ??= openDb(config().databaseUrl);
  return globalDb.__dispatchDb;
}

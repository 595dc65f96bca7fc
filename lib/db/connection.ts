import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { Kysely, PostgresAdapter, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import { config, type PoolConfig } from "../config";
import type { Database as Schema } from "./schema";

export type Db = Kysely<Schema>;
export type Dialect = "sqlite" | "postgres";

// Keyed by the dialect's adapter, which a Kysely instance shares with its transactions. Kept on globalThis like
// db(): Next bundles this module (and Kysely) into more than one chunk, so the instance db() made in one chunk is
// used by code from another, where a module-level map would not know it and `instanceof` would see another class.
const dialects: WeakMap<object, Dialect> = ((globalThis as { __dispatchDialects?: WeakMap<object, Dialect> }).__dispatchDialects ??=
  new WeakMap());

/** Which SQL dialect a Kysely instance (or a transaction of one) speaks, for the few places where the two differ. */
export function dialectOf(db: Pick<Db, "getExecutor">): Dialect {
  const adapter = db.getExecutor().adapter;
  return dialects.get(adapter) ?? (adapter instanceof PostgresAdapter ? "postgres" : "sqlite");
}

/** Whether a database URL names a PostgreSQL server rather than a SQLite file. */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/** A database URL fit to print: a PostgreSQL password is masked. */
export function displayDbUrl(url: string): string {
  if (!isPostgresUrl(url)) return url;
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(a PostgreSQL URL)";
  }
}

/** Path of the SQLite file named by a `file:` URL, relative to the working directory. */
export function sqlitePath(url: string): string {
  if (url === ":memory:") return url;
  if (!url.startsWith("file:")) throw new Error(`Not a SQLite URL: ${url}`);
  return path.resolve(url.slice("file:".length));
}

/**
 * Opens a Kysely instance for a database URL: `file:<path>` (SQLite) or `postgres://…` (a pool of PostgreSQL
 * connections sized and timed by `pool`, by default from the DB_* environment variables).
 */
export function openDb(url: string, pool?: Partial<PoolConfig>): Db {
  if (isPostgresUrl(url)) return openPostgres(url, { ...config().pool, ...pool });
  const file = sqlitePath(url);
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  // WAL lets readers (the web server) and a writer (a CLI, a publish) work at once.
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  const kysely = new Kysely<Schema>({ dialect: new SqliteDialect({ database: sqlite }) });
  dialects.set(kysely.getExecutor().adapter, "sqlite");
  return kysely;
}

/** Columns the schema types as numbers come back as numbers from both stores. */
const types = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    // int8 (count(*), sum() of integers): pg returns strings because a bigint may not fit a JS number. Ours are
    // counts and ids far below 2^53; a value that does not fit fails loudly instead of being silently rounded.
    if (oid === pg.types.builtins.INT8 && format !== "binary") return parseSafeInteger;
    return pg.types.getTypeParser(oid, format);
  },
};

function parseSafeInteger(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new RangeError(`Integer ${value} from PostgreSQL does not fit a JavaScript number`);
  return n;
}

function openPostgres(url: string, o: PoolConfig): Db {
  const pool = new pg.Pool({
    connectionString: url,
    max: o.max,
    connectionTimeoutMillis: o.connectTimeoutMs,
    idleTimeoutMillis: o.idleTimeoutMs,
    // The server cancels a runaway statement; the client gives up a little later if the server never answers
    // (a dead network), so a request fails instead of hanging. 0 turns both off (e.g. for a long migration).
    ...(o.statementTimeoutMs > 0 ? { statement_timeout: o.statementTimeoutMs, query_timeout: o.statementTimeoutMs + 5_000 } : {}),
    keepAlive: true,
    application_name: "dispatch",
    types,
  });
  // An idle connection that breaks (the server restarted) is reported here; unhandled it would end the process.
  // The pool drops it and opens a fresh one for the next query.
  pool.on("error", (err) => console.error(`PostgreSQL connection lost: ${err.message}`));
  // A connection that breaks while checked out (a query in flight, or between a transaction's statements when the
  // server shuts down) also emits "error", and the pool listens only while it is idle: without a listener of our
  // own that would end the process. The query itself fails (and the caller answers 503); on release the pool
  // sees the connection is unusable and drops it.
  pool.on("connect", (client) => client.on("error", () => {}));
  const kysely = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  dialects.set(kysely.getExecutor().adapter, "postgres");
  return kysely;
}

const globalDb = globalThis as unknown as { __dispatchDb?: Db };

/** The process-wide database for the configured DATABASE_URL (one connection or pool, reused across requests). */
export function db(): Db {
  globalDb.__dispatchDb ??= openDb(config().databaseUrl);
  return globalDb.__dispatchDb;
}

import { createHash } from "node:crypto";
import { sql } from "kysely";
import { dialectOf, type Db } from "./connection";

/**
 * Runs `fn` in a transaction holding a lock on every key of `namespace`, so no other caller counts or writes for any
 * of those keys meanwhile, in every process. Limits that count rows and then add one (sign-in attempts, uploads)
 * need it: without it, requests that arrive together all see the old count.
 * PostgreSQL: one advisory lock per key, taken in one global order (so two callers never wait for each other in a
 * circle), released by the commit. SQLite: BEGIN IMMEDIATE takes the database's write lock at once (a deferred
 * transaction would read first and could be overtaken by another process).
 * `namespace` is a 32-bit integer naming the kind of limit (e.g. four ASCII letters).
 */
export async function underLock<T>(db: Db, namespace: number, keys: string[], fn: (trx: Db) => Promise<T>): Promise<T> {
  if (dialectOf(db) === "postgres") {
    return db.transaction().execute(async (trx) => {
      const locks = [...new Set(keys.map(lockId))].sort((a, b) => a - b);
      for (const id of locks) await sql`select pg_advisory_xact_lock(${sql.lit(namespace)}, ${id}::int4)`.execute(trx);
      return fn(trx);
    });
  }
  return db.connection().execute(async (conn) => {
    await sql`begin immediate`.execute(conn);
    try {
      const result = await fn(conn);
      await sql`commit`.execute(conn);
      return result;
    } catch (err) {
      await sql`rollback`.execute(conn).catch(() => {});
      throw err;
    }
  });
}

/** A key as a signed 32-bit integer for pg_advisory_xact_lock (a collision only makes two keys wait for each other). */
function lockId(key: string): number {
  return createHash("sha256").update(key).digest().readInt32BE(0);
}

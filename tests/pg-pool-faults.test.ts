import { sql } from "kysely";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { openDb } from "@/lib/db/connection";
import { isDatabaseUnavailable } from "@/lib/db/errors";
import { testStore } from "./helpers/store";
import { tempDbUrl } from "./helpers/temp-db";

/**
 * A PostgreSQL connection that breaks while a request holds it (the server restarts between two statements of a
 * transaction) must fail that request, not the process, and the pool must serve the next one on a new connection.
 * Without a listener of our own, pg emits "error" on the checked-out client and Node ends the process.
 */
describe.runIf(testStore() === "postgres")("the PostgreSQL pool when a connection breaks", () => {
  it("fails the request holding it as unavailable, keeps the process up, and reconnects for the next one", async () => {
    const { url, cleanup } = await tempDbUrl();
    const db = openDb(url, { max: 2 });
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      const failure = await db
        .transaction()
        .execute(async (trx) => {
          const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx);
          // The server ends this very session (as a shutdown or a crash would) while the transaction is open.
          await admin.query("select pg_terminate_backend($1)", [rows[0].pid]);
          await new Promise((r) => setTimeout(r, 300));
          await sql`select 1`.execute(trx);
        })
        .catch((err: unknown) => err);
      expect(failure).toBeInstanceOf(Error);
      expect(isDatabaseUnavailable(failure)).toBe(true);

      const { rows } = await sql<{ ok: number }>`select 1 as ok`.execute(db);
      expect(rows[0].ok).toBe(1);
    } finally {
      await admin.end();
      await db.destroy();
      await cleanup();
    }
  });
});

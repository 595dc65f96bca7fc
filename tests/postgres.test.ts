import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dialectOf, openDb, type Db } from "@/lib/db/connection";
import { migrate, migrations } from "@/lib/db/migrations";
import { isUniqueViolation } from "@/lib/db/errors";
import { tempDb, tempDbUrl } from "./helpers/temp-db";

// PostgreSQL-only behaviour (the postgres project runs this file; every other test file runs on both stores).

let db: Db;
let url: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ db, url, cleanup } = await tempDb()));
afterEach(async () => cleanup());

const at = "2026-01-01T00:00:00.000Z";

describe("the PostgreSQL store", () => {
  it("is what DATABASE_URL=postgres://… opens, also inside transactions", async () => {
    expect(url).toMatch(/^postgres:\/\//);
    expect(dialectOf(db)).toBe("postgres");
    await db.transaction().execute(async (trx) => expect(dialectOf(trx)).toBe("postgres"));
  });

  it("returns numbers where the schema says number, and times as the ISO text they were written as", async () => {
    const { n } = await db.selectFrom("articles").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    expect(n).toBe(0);
    const row = await db
      .insertInto("articles")
      .values({ slug: "s", title: "T", updated_at: at, created_at: at } as never)
      .returning(["id", "top_story", "updated_at"])
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ id: expect.any(Number), top_story: 0, updated_at: at });
    // A bigint that would lose precision as a JavaScript number fails instead of being rounded.
    await expect(sql`select 9007199254740993::int8 as big`.execute(db)).rejects.toThrow(/does not fit/);
  });

  it("reports a duplicate as a unique violation (SQLSTATE 23505)", async () => {
    await db.insertInto("tags").values({ slug: "ports", name: "Ports" }).execute();
    const err = await db.insertInto("tags").values({ slug: "ports", name: "Ports again" }).execute().catch((e: unknown) => e);
    expect((err as { code?: string }).code).toBe("23505");
    expect(isUniqueViolation(err)).toBe(true);
  });

  it("two instances starting at once on an empty database apply each migration exactly once", async () => {
    const empty = await tempDbUrl();
    const dbs = Array.from({ length: 3 }, () => openDb(empty.url, { max: 2 }));
    try {
      const results = await Promise.all(dbs.map((d) => migrate(d)));
      const applied = results.flatMap((r) => r.applied.map((m) => m.version)).sort((a, b) => a - b);
      expect(applied).toEqual(migrations.map((m) => m.version).sort((a, b) => a - b));
      for (const r of results) expect(r.current).toBe(Math.max(...migrations.map((m) => m.version)));
      const rows = await dbs[0].selectFrom("schema_migrations").select("version").execute();
      expect(rows).toHaveLength(migrations.length);
      expect(await dbs[0].selectFrom("breaking_version").selectAll().execute()).toEqual([{ id: 1, version: 0 }]);
    } finally {
      await Promise.all(dbs.map((d) => d.destroy()));
      await empty.cleanup();
    }
  });

  it("holds at most DB_POOL_MAX connections; further queries wait their turn", async () => {
    const name = `dispatch-pool-${Math.random().toString(36).slice(2, 10)}`;
    const small = openDb(`${url}&application_name=${name}`, { max: 2 });
    try {
      let most = 0;
      const count = async () => {
        const r = await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity where application_name = ${name}`.execute(db);
        most = Math.max(most, r.rows[0].n);
      };
      const sleeps = Promise.all(Array.from({ length: 6 }, () => sql`select pg_sleep(0.15)`.execute(small)));
      for (let i = 0; i < 5; i++) {
        await count();
        await new Promise((r) => setTimeout(r, 60));
      }
      await sleeps;
      expect(most).toBe(2);
    } finally {
      await small.destroy();
    }
  });

  it("cancels a statement that runs past DB_STATEMENT_TIMEOUT_MS", async () => {
    const impatient = openDb(url, { statementTimeoutMs: 200 });
    try {
      await expect(sql`select pg_sleep(3)`.execute(impatient)).rejects.toMatchObject({ code: "57014" });
      // The connection is still usable afterwards.
      expect((await sql<{ one: number }>`select 1 as one`.execute(impatient)).rows).toEqual([{ one: 1 }]);
    } finally {
      await impatient.destroy();
    }
  });

  it("fails fast, with the driver's reason, when the server cannot be reached", async () => {
    const nowhere = openDb("postgres://postgres@127.0.0.1:1/none", { connectTimeoutMs: 1000 });
    try {
      const started = Date.now();
      await expect(sql`select 1`.execute(nowhere)).rejects.toThrow(/ECONNREFUSED|timeout/);
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      await nowhere.destroy();
    }
  });
});

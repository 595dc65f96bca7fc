import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { openDb, type Db } from "@/lib/db/connection";
import { migrate } from "@/lib/db/migrations";
import { testStore, withDatabase } from "./store";

export type TempDbUrl = { url: string; cleanup: () => Promise<void> };

/**
 * A fresh, empty database for the store under test (TEST_STORE), as a DATABASE_URL: a new SQLite file in a
 * temporary folder, or a new PostgreSQL schema in this run's database (the URL sets search_path, so a CLI
 * spawned with it lands there too). `cleanup` deletes it; close every connection to it first.
 */
export async function tempDbUrl(): Promise<TempDbUrl> {
  if (testStore() === "sqlite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dispatch-test-"));
    return { url: `file:${path.join(dir, "test.db")}`, cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const runUrl = inject("pgRunUrl");
  const schema = `t_${randomBytes(6).toString("hex")}`;
  await admin(runUrl, `create schema ${schema}`);
  const database = new URL(runUrl).pathname.slice(1);
  return { url: withDatabase(runUrl, database, schema), cleanup: () => admin(runUrl, `drop schema if exists ${schema} cascade`) };
}

/** A migrated database for the store under test (a real SQLite file or a real PostgreSQL schema, as in production). */
export async function tempDb(): Promise<{ db: Db; url: string; cleanup: () => Promise<void> }> {
  const { url, cleanup } = await tempDbUrl();
  const db = openDb(url, { max: 4 });
  await migrate(db);
  return {
    db,
    url,
    cleanup: async () => {
      await db.destroy();
      await cleanup();
    },
  };
}

async function admin(url: string, statement: string): Promise<void> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await c.connect();
  try {
    await c.query(statement);
  } finally {
    await c.end();
  }
}

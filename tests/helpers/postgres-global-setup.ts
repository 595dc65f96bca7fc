import { randomBytes } from "node:crypto";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { RUN_DATABASE_PREFIX, testServerUrl, withDatabase } from "./store";

declare module "vitest" {
  export interface ProvidedContext {
    /** The database this run of the postgres project made; each tempDb() gets its own schema in it. */
    pgRunUrl: string;
  }
}

/** Run databases older than this belong to a run that was killed before its teardown. */
const STALE_AFTER_S = 6 * 3600;

/**
 * Global setup of the postgres project: makes one database for this run (each test gets its own schema in it,
 * see temp-db.ts) and drops it at the end, whatever the tests left behind. Fails the project with a clear
 * message, rather than skipping it, when PostgreSQL is not reachable.
 */
export default async function setup(project: TestProject) {
  const server = testServerUrl();
  const shown = redacted(server);
  const admin = new pg.Client({ connectionString: server, connectionTimeoutMillis: 5_000 });
  try {
    await admin.connect();
  } catch (err) {
    await admin.end().catch(() => {});
    throw new Error(
      `The postgres test project needs a PostgreSQL server at ${shown} (TEST_DATABASE_URL), and connecting failed: ` +
        `${(err as Error).message}. Start PostgreSQL or point TEST_DATABASE_URL at one; to test only SQLite run ` +
        "`npx vitest run --project sqlite`.",
    );
  }
  const now = Math.floor(Date.now() / 1000);
  const name = `${RUN_DATABASE_PREFIX}${now}_${randomBytes(4).toString("hex")}`;
  try {
    const { rows } = await admin.query<{ datname: string }>("select datname from pg_database where datname like $1", [`${RUN_DATABASE_PREFIX}%`]);
    for (const { datname } of rows) {
      const started = Number(/^dispatch_test_(\d+)_/.exec(datname)?.[1]);
      if (started && now - started > STALE_AFTER_S) await admin.query(`drop database if exists "${datname}" with (force)`);
    }
    await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  project.provide("pgRunUrl", withDatabase(server, name));

  return async () => {
    const c = new pg.Client({ connectionString: server, connectionTimeoutMillis: 5_000 });
    await c.connect();
    try {
      // FORCE ends connections a test forgot to close, so nothing is left behind.
      await c.query(`drop database if exists "${name}" with (force)`);
    } finally {
      await c.end();
    }
  };
}

function redacted(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = "***";
  return u.toString();
}

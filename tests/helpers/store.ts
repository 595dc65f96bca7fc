/**
 * Which store the unit and integration tests run against. vitest.config.mts runs every test file twice: once in
 * the "sqlite" project and once in the "postgres" project, which sets TEST_STORE=postgres.
 */
export type TestStore = "sqlite" | "postgres";

export function testStore(): TestStore {
  const s = process.env.TEST_STORE ?? "sqlite";
  if (s !== "sqlite" && s !== "postgres") throw new Error(`TEST_STORE must be sqlite or postgres, not "${s}"`);
  return s;
}

/** The PostgreSQL server the postgres project uses; each run makes its own database there and drops it after. */
export function testServerUrl(): string {
  return process.env.TEST_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/test";
}

/** Databases made by test runs are named `dispatch_test_<unix seconds>_<random>`, so stale ones can be spotted. */
export const RUN_DATABASE_PREFIX = "dispatch_test_";

/**
 * The same server URL with another database and, for one schema per test, a search_path. Test databases are
 * thrown away, so their commits need not wait for the disk (synchronous_commit=off halves a migration's time).
 */
export function withDatabase(serverUrl: string, database: string, schema?: string): string {
  const u = new URL(serverUrl);
  u.pathname = `/${database}`;
  if (schema) u.searchParams.set("options", `-c search_path=${schema} -c synchronous_commit=off`);
  return u.toString();
}

import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

const allTests = ["tests/**/*.test.ts", "tests/**/*.test.tsx"];

/**
 * Test files that do not run in the postgres project. Keep this short: every entry is a test that cannot mean
 * anything on PostgreSQL, or a feature not yet built for it. Everything else runs on both stores.
 */
const notOnPostgres: string[] = [];

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    environment: "node",
    // Each test opens its own temporary database (a SQLite file, or a PostgreSQL schema); files run in parallel workers.
    pool: "forks",
    // Generous: the CLI tests start several processes each, and CI machines are often busy.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Every unit and integration test runs against both stores: `npx vitest run --project sqlite` for one.
    projects: [
      {
        extends: true,
        test: {
          name: "sqlite",
          include: allTests,
          // PostgreSQL-only tests (pool, advisory locks, concurrent migrations).
          exclude: ["tests/postgres*.test.ts"],
          env: { TEST_STORE: "sqlite" },
        },
      },
      {
        extends: true,
        test: {
          name: "postgres",
          include: allTests,
          exclude: notOnPostgres,
          env: { TEST_STORE: "postgres" },
          // One database per run on TEST_DATABASE_URL's server (default postgres://postgres@127.0.0.1:5432/test),
          // dropped at the end; fails loudly when the server is not reachable.
          globalSetup: ["tests/helpers/postgres-global-setup.ts"],
        },
      },
    ],
  },
});

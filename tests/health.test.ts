import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { checkCache, checkDatabase } from "@/lib/health/checks";
import { healthReport, healthStatus, httpStatusOf } from "@/lib/health/report";
import { tempDb } from "./helpers/temp-db";
import { sql } from "kysely";

/**
 * /api/health against real dependencies: the test database (SQLite or PostgreSQL, per project), the real Redis
 * (REDIS_TEST_URL, default 127.0.0.1:6379) and a closed port standing for a Redis that is down.
 */

const REDIS_URL = process.env.REDIS_TEST_URL || "redis://127.0.0.1:6379";
const CLOSED_PORT_URL = "redis://127.0.0.1:6390";

let store: Awaited<ReturnType<typeof tempDb>>;

beforeAll(async () => {
  // The configuration is read once per process (opening a PostgreSQL pool reads it too), so set it first: for the
  // route, a database that answers and a Redis that does not.
  vi.stubEnv("REDIS_URL", CLOSED_PORT_URL);
  store = await tempDb();
  vi.stubEnv("DATABASE_URL", store.url);
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await store.cleanup();
});

describe("health checks", () => {
  it("reports the database up with its latency, through a trivial Kysely query", async () => {
    const check = await checkDatabase({ query: () => sql`select 1`.execute(store.db) });
    expect(check).toEqual({ state: "up", latencyMs: expect.any(Number) });
  });

  it("reports the database down, quickly, when it fails or does not answer", async () => {
    const failing = await checkDatabase({
      query: () => Promise.reject(Object.assign(new Error("connect ECONNREFUSED 10.0.0.9:5432 user=secret"), { code: "ECONNREFUSED" })),
    });
    expect(failing).toEqual({ state: "down", latencyMs: expect.any(Number), error: "failed (ECONNREFUSED)" });
    const started = performance.now();
    const hanging = await checkDatabase({ query: () => new Promise(() => {}), timeoutMs: 200 });
    expect(hanging).toMatchObject({ state: "down", error: "no answer within 200 ms" });
    expect(performance.now() - started).toBeLessThan(600);
  });

  it("reports the shared cache: redis when it answers, redis-unreachable on a closed port, memory without one", async () => {
    expect(await checkCache({ redisUrl: REDIS_URL })).toMatchObject({ state: "redis", latencyMs: expect.any(Number) });
    const started = performance.now();
    const down = await checkCache({ redisUrl: CLOSED_PORT_URL });
    expect(down).toMatchObject({ state: "redis-unreachable", error: expect.any(String) });
    expect(JSON.stringify(down)).not.toContain("6390");
    expect(performance.now() - started).toBeLessThan(1500);
    expect(await checkCache({ redisUrl: null })).toEqual({ state: "memory" });
  });

  it("is ok, degraded (still 200) without Redis, and down (503) without the database", async () => {
    const up = { state: "up" as const, latencyMs: 1 };
    expect(healthStatus({ database: up, cache: { state: "redis" } })).toBe("ok");
    expect(healthStatus({ database: up, cache: { state: "memory" } })).toBe("ok");
    expect(healthStatus({ database: up, cache: { state: "redis-unreachable" } })).toBe("degraded");
    expect(healthStatus({ database: up, cache: { state: "redis", serving: "memory" } })).toBe("degraded");
    const down = await healthReport({
      database: async () => ({ state: "down", latencyMs: 1000, error: "no answer within 1000 ms" }),
      cache: async () => ({ state: "redis", latencyMs: 0.4 }),
    });
    expect(down.status).toBe("down");
    expect(httpStatusOf(down)).toBe(503);
    const ok = await healthReport({ database: () => checkDatabase({ query: () => sql`select 1`.execute(store.db) }), cache: () => checkCache({ redisUrl: REDIS_URL }) });
    expect(ok).toMatchObject({ status: "ok", checks: { database: { state: "up" }, cache: { state: "redis" } }, version: expect.any(String) });
    expect(httpStatusOf(ok)).toBe(200);
  });
});

describe("GET /api/health", () => {
  it("answers 200 degraded, never cached, when the database answers and Redis does not", async () => {
    const { GET } = await import("@/app/api/health/route");
    const res = await GET();
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const body = await res.json();
    expect(body).toMatchObject({
      status: "degraded",
      checks: { database: { state: "up" }, cache: { state: "redis-unreachable" } },
    });
  });
});

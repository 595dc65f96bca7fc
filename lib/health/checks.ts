import { sql } from "kysely";
import { pingRedis, sharedRedisClient, waitUntilReady, withTimeout } from "../cache/redis-client.mjs";
import { readCacheStatus } from "../cache/status.mjs";
import type { Serving } from "../cache/failover.mjs";
import { config } from "../config";
import { db } from "../db/connection";

/**
 * One check per dependency for /api/health, each bounded by a short timeout so the answer comes quickly even
 * when a dependency hangs. Errors are reported as a short reason (a timeout or an error code), never the
 * driver's message, which may name hosts, users or files.
 */

export type DatabaseCheck = { state: "up" | "down"; latencyMs: number; error?: string };

export type CacheCheck = {
  /** redis: shared cache reachable; memory: no REDIS_URL, each instance caches alone; redis-unreachable: configured but not answering. */
  state: "redis" | "memory" | "redis-unreachable";
  latencyMs?: number;
  error?: string;
  /** What this instance's cache handler serves from right now (absent until Next.js first used it). */
  serving?: Serving;
};

export const DATABASE_TIMEOUT_MS = 1000;
export const CACHE_TIMEOUT_MS = 500;

/** A trivial query through Kysely (`select 1`), the same on SQLite and PostgreSQL. */
export async function checkDatabase({
  query = () => sql`select 1`.execute(db()),
  timeoutMs = DATABASE_TIMEOUT_MS,
}: { query?: () => Promise<unknown>; timeoutMs?: number } = {}): Promise<DatabaseCheck> {
  const started = performance.now();
  try {
    await withTimeout(Promise.resolve().then(query), timeoutMs, "The database");
    return { state: "up", latencyMs: since(started) };
  } catch (err) {
    return { state: "down", latencyMs: since(started), error: reason(err, timeoutMs) };
  }
}

/** A PING over the process's shared Redis connection, when REDIS_URL is set (`redisUrl: null` for none). */
export async function checkCache({
  redisUrl = config().redisUrl ?? null,
  timeoutMs = CACHE_TIMEOUT_MS,
}: { redisUrl?: string | null; timeoutMs?: number } = {}): Promise<CacheCheck> {
  if (!redisUrl) return { state: "memory" };
  const serving = readCacheStatus()?.serving;
  const started = performance.now();
  try {
    const client = sharedRedisClient(redisUrl);
    // The first check in a process may come before the connection is up: give it the same short time.
    if (!(await waitUntilReady(client, timeoutMs))) throw new Error(`Redis did not answer within ${timeoutMs} ms`);
    const latencyMs = await pingRedis(client, Math.max(1, timeoutMs - (performance.now() - started)));
    return { state: "redis", latencyMs, ...(serving && { serving }) };
  } catch (err) {
    return { state: "redis-unreachable", latencyMs: since(started), error: reason(err, timeoutMs), ...(serving && { serving }) };
  }
}

function since(started: number): number {
  return Math.round((performance.now() - started) * 10) / 10;
}

function reason(err: unknown, timeoutMs: number): string {
  if (err instanceof Error && /did not answer within/.test(err.message)) return `no answer within ${timeoutMs} ms`;
  const code = (err as { code?: unknown })?.code;
  if (typeof code === "string" && /^[A-Z0-9_]{2,40}$/.test(code)) return `failed (${code})`;
  return "failed";
}

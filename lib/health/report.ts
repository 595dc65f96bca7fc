import pkg from "../../package.json";
import { checkCache, checkDatabase, type CacheCheck, type DatabaseCheck } from "./checks";

/**
 * GET /api/health's answer. The instance is "down" (503) when the database does not answer, since then it can
 * serve only what is already cached; "degraded" (200) when only the shared cache is away, since pages are still
 * served, from this instance's memory; "ok" otherwise.
 */

export type HealthStatus = "ok" | "degraded" | "down";
export type HealthReport = {
  status: HealthStatus;
  checks: { database: DatabaseCheck; cache: CacheCheck };
  version?: string;
};

export function healthStatus(checks: HealthReport["checks"]): HealthStatus {
  if (checks.database.state !== "up") return "down";
  if (checks.cache.state === "redis-unreachable" || checks.cache.serving === "memory") return "degraded";
  return "ok";
}

export const httpStatusOf = (report: HealthReport): number => (report.status === "down" ? 503 : 200);

let lastLogged: string | undefined;

/** Runs the checks side by side; logs when the overall status changes (not on every probe). */
export async function healthReport(
  run: { database?: () => Promise<DatabaseCheck>; cache?: () => Promise<CacheCheck> } = {},
): Promise<HealthReport> {
  const [database, cache] = await Promise.all([(run.database ?? checkDatabase)(), (run.cache ?? checkCache)()]);
  const checks = { database, cache };
  const status = healthStatus(checks);
  const summary = `${status} (database ${database.state}${database.error ? `: ${database.error}` : ""}, cache ${cache.state}${cache.error ? `: ${cache.error}` : ""})`;
  if (summary !== lastLogged && (lastLogged !== undefined || status !== "ok")) {
    (status === "ok" ? console.info : console.warn)(`health: ${summary}`);
  }
  lastLogged = summary;
  return { status, checks, version: pkg.version };
}

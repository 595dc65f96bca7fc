import { failed, measure, type LoadResult } from "./load";
import type { Row } from "./report";
import type { RouteName } from "./routes";

/** Per-route request options: the conditional GET sends If-None-Match and expects 304. */
export type RouteOptions = Partial<Record<RouteName, { headers: Record<string, string>; expectStatus: number }>>;

type Targets = { origin: string; wanted: RouteName[]; paths: Record<RouteName, string>; opts: RouteOptions };

/** Render and cache every page, then a short burst so the JIT has seen the hot paths. */
export async function warmRoutes({ origin, wanted, paths, opts }: Targets, log: (l: string) => void): Promise<void> {
  for (const name of wanted) {
    const statuses = new Set<number>();
    for (let i = 0; i < 20; i++) statuses.add((await fetch(origin + paths[name], { headers: opts[name]?.headers })).status);
    log(`warm ${name} ${paths[name]} -> ${[...statuses].join(",")}`);
    await measure(origin + paths[name], { connections: 10, seconds: 2, ...opts[name] });
  }
}

const figures = (load: LoadResult) =>
  `${load.reqPerSec.toFixed(0)} req/s, p50 ${load.p50Ms} ms, p99 ${load.p99Ms} ms${failed(load) ? `, ${load.unexpected} unexpected` : ""}`;

/**
 * The bounded autocannon runs: the static baseline first (after a short warm-up), then each route in turn. The
 * first row is the baseline's.
 */
export async function measureRoutes(
  { origin, wanted, paths, opts }: Targets,
  baseline: { url: string; path: string },
  { connections, seconds, log }: { connections: number; seconds: number; log: (l: string) => void },
): Promise<Row[]> {
  await measure(baseline.url, { connections: 10, seconds: 2 });
  log(`measuring: ${connections} connections, ${seconds} s per route`);
  const base = await measure(baseline.url, { connections, seconds });
  log(`static baseline: ${figures(base)}`);
  const rows: Row[] = [{ route: "static baseline", path: `node:http, bytes of ${baseline.path}`, load: base }];
  for (const name of wanted) {
    const load = await measure(origin + paths[name], { connections, seconds, ...opts[name] });
    log(`${name}: ${figures(load)}`);
    rows.push({ route: name, path: name === "breaking-304" ? `${paths[name]} (If-None-Match) -> 304` : paths[name], load });
  }
  return rows;
}

import autocannon from "autocannon";

export type LoadResult = {
  url: string;
  reqPerSec: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** Count per HTTP status, e.g. { "200": 9120, "500": 3 }. */
  statuses: Record<string, number>;
};

/**
 * One bounded autocannon run against a server on this machine. Load is only ever sent to the loopback
 * address: anything else is refused before a request leaves.
 */
export async function measure(url: string, { connections = 50, seconds = 8 } = {}): Promise<LoadResult> {
  if (new URL(url).hostname !== "127.0.0.1") throw new Error(`refusing to load-test ${url}: 127.0.0.1 only`);
  const r = await autocannon({ url, connections, duration: seconds, timeout: 10 });
  const statuses = Object.fromEntries(
    Object.entries(r.statusCodeStats ?? {}).map(([code, s]) => [code, (s as { count?: number }).count ?? 0]),
  );
  return {
    url,
    reqPerSec: r.requests.average,
    p99Ms: r.latency.p99,
    requests: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    statuses,
  };
}

/** True when a run had any failed request: a route that errors must never look fast. */
export function failed(r: LoadResult): boolean {
  return r.non2xx > 0 || r.errors > 0 || r.timeouts > 0;
}

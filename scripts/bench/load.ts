import autocannon from "autocannon";

export type LoadResult = {
  url: string;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  /** The status every answer must have (304 for a conditional GET), or null for "any 2xx". */
  expectStatus: number | null;
  /** Answers with any other status: the count that fails a route. */
  unexpected: number;
  errors: number;
  timeouts: number;
  /** Count per HTTP status, e.g. { "200": 9120, "500": 3 }. */
  statuses: Record<string, number>;
};

/**
 * One bounded autocannon run against a server on this machine. Load is only ever sent to the loopback
 * address: anything else is refused before a request leaves.
 */
export async function measure(
  url: string,
  {
    connections = 50,
    seconds = 8,
    headers,
    expectStatus,
  }: { connections?: number; seconds?: number; headers?: Record<string, string>; expectStatus?: number } = {},
): Promise<LoadResult> {
  if (new URL(url).hostname !== "127.0.0.1") throw new Error(`refusing to load-test ${url}: 127.0.0.1 only`);
  const r = await autocannon({ url, connections, duration: seconds, timeout: 10, headers });
  const statuses = Object.fromEntries(
    Object.entries(r.statusCodeStats ?? {}).map(([code, s]) => [code, (s as { count?: number }).count ?? 0]),
  );
  // autocannon counts a 304 as non-2xx; a conditional GET must count it as success and anything else as failure.
  const unexpected =
    expectStatus === undefined
      ? r.non2xx
      : Object.entries(statuses).reduce((n, [code, count]) => (code === String(expectStatus) ? n : n + count), 0);
  return {
    url,
    reqPerSec: r.requests.average,
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    requests: r.requests.total,
    non2xx: r.non2xx,
    expectStatus: expectStatus ?? null,
    unexpected,
    errors: r.errors,
    timeouts: r.timeouts,
    statuses,
  };
}

/** True when a run had any failed request: a route that errors must never look fast. */
export function failed(r: LoadResult): boolean {
  const noneExpected = r.expectStatus !== null && !r.statuses[String(r.expectStatus)];
  return r.unexpected > 0 || noneExpected || r.errors > 0 || r.timeouts > 0;
}

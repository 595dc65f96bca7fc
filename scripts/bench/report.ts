import { failed, type LoadResult } from "./load";

export type Row = { route: string; path: string; load: LoadResult };

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
export { kb };

/**
 * The results table. Ratios are to the static baseline's req/s. A route with any unexpected answer (non-2xx, or
 * not the status it expects, such as 304), socket error or timeout is marked on its own line, because its req/s
 * then measures an error page, not the page.
 */
export function table(rows: Row[], baseline: LoadResult | undefined): string {
  const head = ["route", "path", "req/s", "p50 ms", "p99 ms", "÷ static", "unexpected"];
  const body = rows.map(({ route, path, load }) => [
    failed(load) ? `!! ${route}` : route,
    path,
    load.reqPerSec.toFixed(0),
    String(load.p50Ms),
    String(load.p99Ms),
    baseline && baseline.reqPerSec > 0 ? (load.reqPerSec / baseline.reqPerSec).toFixed(3) : "-",
    String(load.unexpected),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i >= 2 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join("  ");
  const out = [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)];
  for (const { route, load } of rows.filter((r) => failed(r.load))) {
    const codes = Object.entries(load.statuses)
      .map(([code, n]) => `${code}×${n}`)
      .join(", ");
    out.push(
      `!! ${route} FAILED: ${load.unexpected} answers not ${load.expectStatus ?? "2xx"} (${codes || "no status"}), ${load.errors} errors, ${load.timeouts} timeouts of ${load.requests} requests`,
    );
  }
  return out.join("\n");
}

/** A plain text table: the first column left-aligned, the others right-aligned. */
export function formatTable(head: string[], body: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join("  ");
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}

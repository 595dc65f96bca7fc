import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromiumPath } from "../../e2e/support/chromium";
import { startServer } from "./processes";
import { formatTable } from "./report";

export type LighthouseResult = {
  url: string;
  scores: Record<string, number | null>;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  /** Lighthouse's measure of this machine's CPU at the time (about 1000+ on a quiet desktop): low means busy or slow. */
  benchmarkIndex: number | null;
};

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/**
 * Lighthouse 12 in its default mobile mode (simulated throttling) on each URL, one Chromium we start and stop
 * ourselves (by its PID) on `port` with a throwaway profile.
 */
export async function lighthouseRuns(urls: string[], port: number, log: (l: string) => void): Promise<LighthouseResult[]> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "dispatch-lh-"));
  const chrome = await startServer("chromium", chromiumPath, [...FLAGS, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, "about:blank"], {
    url: `http://127.0.0.1:${port}/json/version`,
    env: process.env,
  });
  const { default: lighthouse } = await import("lighthouse");
  const out: LighthouseResult[] = [];
  try {
    for (const url of urls) {
      log(`lighthouse ${url}`);
      const r = await lighthouse(url, { port, output: "json", logLevel: "error", onlyCategories: CATEGORIES });
      const lhr = r?.lhr;
      if (!lhr) throw new Error(`lighthouse gave no result for ${url}`);
      if (lhr.runtimeError) log(`!! lighthouse ${url}: ${lhr.runtimeError.message}`);
      for (const w of lhr.runWarnings) log(`!! lighthouse ${url}: ${w}`);
      const num = (id: string) => lhr.audits[id]?.numericValue ?? null;
      out.push({
        url,
        scores: Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score! * 100)])),
        lcpMs: num("largest-contentful-paint"),
        tbtMs: num("total-blocking-time"),
        cls: num("cumulative-layout-shift"),
        benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
      });
    }
  } finally {
    await chrome.stop();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  return out;
}

export function lighthouseTable(rows: { name: string; r: LighthouseResult }[]): string {
  const head = ["page", ...CATEGORIES, "LCP", "TBT", "CLS", "CPU index"];
  const f = (n: number | null) => (n === null ? "-" : String(n));
  const body = rows.map(({ name, r }) => [
    name,
    ...CATEGORIES.map((c) => f(r.scores[c])),
    r.lcpMs === null ? "-" : `${(r.lcpMs / 1000).toFixed(2)} s`,
    r.tbtMs === null ? "-" : `${r.tbtMs.toFixed(0)} ms`,
    r.cls === null ? "-" : r.cls.toFixed(3),
    r.benchmarkIndex === null ? "-" : r.benchmarkIndex.toFixed(0),
  ]);
  return formatTable(head, body);
}

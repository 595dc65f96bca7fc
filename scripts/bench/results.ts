import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import type { BenchTargets } from "./bench-db";
import type { Baseline } from "./baseline";
import type { EditionComparison } from "./editions";
import type { LatencyResult } from "./breaking-latency";
import type { LighthouseResult } from "./lighthouse";
import { failed } from "./load";
import type { Row } from "./report";
import type { RouteName } from "./routes";
import type { ScaleResult } from "./scale";
import type { SearchLatency } from "./search-latency";
import type { PageWeight } from "./weight";

/** Everything one `npm run bench` found: printed by summary.ts, written to bench-results/ by writeResults. */
export type BenchRun = {
  distDir: string;
  settings: { connections: number; seconds: number; articles: number; breakingPollSeconds: number };
  loadAvg: number;
  data: BenchTargets;
  baseline: Baseline;
  /** The static baseline's row first, then one per route. */
  rows: Row[];
  weight: PageWeight;
  /** The Persian article beside the English one, when both ran. */
  persianArticle: EditionComparison | null;
  keyWeights: { name: RouteName; w: PageWeight }[];
  floorWeight: PageWeight | null;
  /** The key pages, after "floor" (scripts/bench/floor-app) when the floor was built. */
  lhRuns: { name: RouteName | "floor"; r: LighthouseResult }[];
  wait: LatencyResult | null;
  searchRuns: SearchLatency[];
  scaleResult: ScaleResult | null;
};

export function writeResults(file: string, run: BenchRun): void {
  const [base, ...routes] = run.rows;
  const result = {
    at: new Date().toISOString(),
    commit: gitCommit(),
    node: process.version,
    distDir: run.distDir,
    settings: run.settings,
    loadAverageAtStart: run.loadAvg,
    data: run.data,
    baseline: { path: run.baseline.path, bytes: run.baseline.bytes, contentType: run.baseline.contentType, load: base.load },
    routes: routes.map((r) => ({ route: r.route, path: r.path, ratioToStatic: r.load.reqPerSec / base.load.reqPerSec, failed: failed(r.load), ...r.load })),
    weight: run.weight,
    persianArticle: run.persianArticle,
    jsPerPage: run.keyWeights.map(({ name, w }) => ({
      page: name,
      url: w.url,
      jsGzip: w.js.gzip,
      files: w.js.files.length,
      aboveFloorGzip: run.floorWeight ? w.js.gzip - run.floorWeight.js.gzip : null,
    })),
    floor: run.floorWeight,
    lighthouse: run.lhRuns.map(({ name, r }) => ({ page: name, ...r })),
    breakingLatency: run.wait,
    searchLatency: run.searchRuns,
    scale: run.scaleResult,
  };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(result, null, 2) + "\n");
}

function gitCommit(): string | null {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return null;
  }
}

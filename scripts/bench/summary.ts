import type { LatencyResult } from "./breaking-latency";
import { editionTable } from "./editions";
import { jsTable } from "./js-table";
import { lighthouseTable } from "./lighthouse";
import { failed } from "./load";
import { kb, table } from "./report";
import type { BenchRun } from "./results";
import { LATENCY } from "./routes";
import { SCALE_BENCH, scaleFailed, scaleTable, type ScaleResult } from "./scale";
import { searchLatencyTable } from "./search-latency";
import { LIGHTHOUSE_MODE, POLL_SECONDS } from "./settings";

/** The figures of a run, table by table, on stdout. */
export function printSummary(run: BenchRun): void {
  const { rows, baseline, weight } = run;
  console.log(`\n${table(rows, rows[0].load)}\n`);
  console.log(`page weight of ${baseline.path}:`);
  console.log(`  HTML ${kb(weight.html.bytes)} (${kb(weight.html.gzip)} gzipped)`);
  console.log(`  JS   ${kb(weight.js.bytes)} (${kb(weight.js.gzip)} gzipped) in ${weight.js.files.length} <script src> files (noModule polyfills, not counted: ${kb(weight.legacy.gzip)} gzipped)`);
  for (const f of brokenScripts(run)) console.log(`  !! script ${f.src} answered ${f.status}`);
  const c = run.persianArticle;
  if (c) console.log(`\nPersian article ${c.persian.path} beside the English ${c.english.path}, same run:\n${editionTable(c)}`);
  console.log(`\nfirst-load JS per page (gzipped <script src> files${run.floorWeight ? "; floor = scripts/bench/floor-app" : ""}):\n${jsTable(run.keyWeights, run.floorWeight)}`);
  if (run.lhRuns.length) console.log(`\nLighthouse ${LIGHTHOUSE_MODE}:\n${lighthouseTable(run.lhRuns)}`);
  if (run.searchRuns.length) {
    console.log(`\nsearch latency, searchArticles in-process, 10 hits a page (${run.searchRuns.map((r) => `${r.reps} runs a query at ${r.articles}`).join(", ")}):`);
    console.log(searchLatencyTable(run.searchRuns));
  }
  if (run.wait) printLatency(run.wait);
  if (run.scaleResult) printScale(run.scaleResult);
}

export function printScale(s: ScaleResult): void {
  console.log(`\nscale-out (${s.articles} generated articles on PostgreSQL, Redis; ${s.cpus} cores shared by everything):\n${scaleTable(s)}`);
}

function printLatency(wait: LatencyResult): void {
  const s = (ms: number | null) => (ms === null ? "-" : `${(ms / 1000).toFixed(2)} s`);
  console.log(`\nbreaking news, post to visible in an open page (${wait.samplesMs.length} of ${wait.posts} posts shown):`);
  console.log(`  median ${s(wait.medianMs)}, worst ${s(wait.worstMs)}`);
  console.log(`  poll interval ${POLL_SECONDS} s (BREAKING_POLL_SECONDS; the page polled every ${s(wait.observedPollMs)});`);
  if (wait.phasesMs.length) {
    console.log(`  posts fell ${s(Math.min(...wait.phasesMs))} to ${s(Math.max(...wait.phasesMs))} after the page's last poll`);
  }
  console.log(`  expected worst about ${POLL_SECONDS + 1} s: one interval plus up to 1 s of snapshot age`);
  if (wait.timeouts) console.log(`  !! ${wait.timeouts} posts never showed`);
  if (wait.stoppedEarly) console.log(`  !! stopped early: the run exceeded its time budget`);
}

const brokenScripts = (run: BenchRun) => run.weight.js.files.filter((f) => f.status < 200 || f.status >= 300);

/** What failed, as one line for stderr, or null when nothing did. */
export function failures(run: BenchRun): string | null {
  const bad = run.rows.filter((r) => failed(r.load));
  const broken = brokenScripts(run).length > 0;
  const latencyBad = run.wait !== null && (run.wait.timeouts > 0 || run.wait.stoppedEarly || !run.wait.samplesMs.length);
  const scaleBad = run.scaleResult !== null && scaleFailed(run.scaleResult);
  if (!bad.length && !broken && run.baseline.ok && !latencyBad && !scaleBad) return null;
  return (
    `FAILED routes: ${bad.map((r) => r.route).join(", ") || "none"}${broken ? "; broken scripts" : ""}` +
    `${run.baseline.ok ? "" : `; ${run.baseline.path} answered ${run.baseline.status}`}${latencyBad ? `; ${LATENCY}` : ""}${scaleBad ? `; ${SCALE_BENCH}` : ""}`
  );
}

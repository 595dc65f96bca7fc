/**
 * npm run bench: how fast the built app serves its pages, next to the cheapest possible Node server.
 *
 * Builds nothing: it runs the production build in .next (or NEXT_DIST_DIR) against a fresh data/bench.db
 * (demo content + 10,000 generated articles), on 127.0.0.1:BENCH_PORT (default 3200), and a plain node:http
 * server on BENCH_PORT+1 that answers with the article page's exact bytes. Each route gets a bounded autocannon run. Three breaking
 * items are posted first, so pages carry the banner and /api/breaking has something to send; it is measured with
 * and without If-None-Match, beside /api/ping (a route handler returning a constant). Last, with the load off,
 * Chromium keeps an article open while 20 items are posted: the time until each shows is the reader's wait.
 * Search: searchArticles itself is timed over a fixed set of queries on the 10,000-article database, on the same
 * articles in a private PostgreSQL, and on a second SQLite database of 100,000 (p50/p95), and /search?q= gets its
 * autocannon run like the other routes.
 * Scale-out (scripts/bench/scale.ts): an article and /api/breaking on one instance, on one and on two behind
 * deploy/nginx.conf (uncached), from nginx's micro-cache and from nginx serving the same bytes as a static file.
 *
 * A Persian article (/fa/a/<slug>, right to left) is measured right after the English one, and reported as
 * Persian ÷ English: req/s, p99, HTML bytes raw and gzipped (scripts/bench/editions.ts).
 * Page weight (scripts/bench/js-table.ts): gzipped first-load JS of article, home, blog landing and topic page,
 * as "floor + N KB" over the framework floor (scripts/bench/floor.ts builds scripts/bench/floor-app outside the
 * repo). Lighthouse 12 mobile on the same four pages (scripts/bench/lighthouse.ts). Route names: scripts/bench/routes.ts.
 * This file is the order of the run; its parts are in scripts/bench/: settings.ts (figures and ports),
 * next-server.ts, baseline.ts (the node:http server), route-runs.ts (warm-up and autocannon runs), summary.ts (the
 * printed tables) and results.ts (bench-results/latest.json).
 *
 *   npm run bench                       everything
 *   npm run bench -- home article       only these (home, article, article-fa, blog, blog-deep, topic, breaking,
 *                                       breaking-304, ping, search, breaking-latency, search-latency, scale,
 *                                       lighthouse, floor)
 *   npm run bench -- article-fa         a Persian article page beside the English article (scripts/bench/editions.ts)
 *   BENCH_SECONDS=3 npm run bench       shorter runs while working on the harness
 *   BENCH_PORT=3700 npm run bench       other ports (next start on 3700, node:http on 3701, floor app on 3702,
 *                                       Chromium's debugging port 3703), so two checkouts
 *                                       can bench side by side
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromiumPath } from "../e2e/support/chromium";
import { openDb } from "../lib/db/connection";
import { startBaseline } from "./bench/baseline";
import { createBenchDb } from "./bench/bench-db";
import { compareEditions } from "./bench/editions";
import { breakingLatency, type LatencyResult } from "./bench/breaking-latency";
import { postBenchBreaking } from "./bench/breaking-setup";
import { frameworkFloor } from "./bench/floor";
import { lighthouseRuns, type LighthouseResult } from "./bench/lighthouse";
import { requireBuild, startNext } from "./bench/next-server";
import { killAllNow, stopAll } from "./bench/processes";
import { writeResults } from "./bench/results";
import { measureRoutes, warmRoutes, type RouteOptions } from "./bench/route-runs";
import { KEY_PAGES, LATENCY, LIGHTHOUSE, PAGES, parseRoutes, routePaths, type RouteName } from "./bench/routes";
import { checkScalePrerequisites, scaleBench, scaleFailed, type ScaleResult } from "./bench/scale";
import { searchLatency, searchLatencyPostgres, type SearchLatency } from "./bench/search-latency";
import {
  ARTICLES,
  CHROME_PORT,
  CONNECTIONS,
  DB_FILE,
  FLOOR_PORT,
  LATENCY_POSTS,
  log,
  NEXT_PORT,
  POLL_SECONDS,
  RESULTS,
  SEARCH_BIG,
  SEARCH_DB_FILE,
  SEARCH_REPS,
  SECONDS,
  STATIC_PORT,
} from "./bench/settings";
import { failures, printScale, printSummary } from "./bench/summary";
import { pageWeight, type PageWeight } from "./bench/weight";

async function main() {
  const { wanted, latency, search, scale, lighthouse, floor } = parseRoutes(process.argv.slice(2));
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  requireBuild(distDir);
  // Before minutes of load, not after: the latency run and Lighthouse need a browser.
  if ((latency || lighthouse) && !fs.existsSync(chromiumPath)) {
    const needs = [latency && LATENCY, lighthouse && LIGHTHOUSE].filter(Boolean).join(" and ");
    throw new Error(`no Chromium at ${chromiumPath} for ${needs}: apt-get install -y chromium, set CHROMIUM_PATH, or leave ${needs} out`);
  }
  if (scale) checkScalePrerequisites();
  const runScale = () => scaleBench({ distDir, connections: CONNECTIONS, seconds: SECONDS, pollSeconds: POLL_SECONDS, log });
  if (scale && !wanted.length && !latency && !search && !lighthouse && !floor) {
    // `npm run bench -- scale`: only the scale-out figures, none of the single-instance set-up.
    const only = await runScale();
    printScale(only);
    if (scaleFailed(only)) process.exitCode = 1;
    return;
  }

  // Load generator and servers share two cores: anything else running makes the figures meaningless. Read before
  // the benchmark adds load of its own.
  const loadAvg = os.loadavg()[0];
  log(`load average ${loadAvg.toFixed(2)} on ${os.cpus().length} cores`);
  if (loadAvg > 1) log(`!! the machine is busy: expect noisy, low figures (see loadAverageAtStart in the results)`);

  log(`fresh ${DB_FILE}: migrations, demo content, ${ARTICLES} generated articles`);
  const t = await createBenchDb(DB_FILE, ARTICLES, log);
  const paths = routePaths(t);

  log(`blog ${t.blogSlug} has ${t.blogArticles} articles, ${t.deepPage} pages; topic ${t.tagSlug}`);
  // The floor app builds and serves before our server starts, so neither competes with the other.
  // Lighthouse on the floor page as well: the least TBT and LCP an app-router page can have on this machine.
  const lhRuns: { name: RouteName | "floor"; r: LighthouseResult }[] = [];
  let floorWeight: PageWeight | null = null;
  if (floor) {
    const f = await frameworkFloor(FLOOR_PORT, log, async (url) => (lighthouse ? (await lighthouseRuns([url], CHROME_PORT, log))[0] : null));
    floorWeight = f.weight;
    if (f.extra) lhRuns.push({ name: "floor", r: f.extra });
  }

  // Before any server runs, so nothing else competes for the cores.
  const searchRuns: SearchLatency[] = [];
  if (search) searchRuns.push(await searchLatency(DB_FILE, ARTICLES, { reps: SEARCH_REPS.small, log }));
  // The same articles on PostgreSQL (a private cluster, skipped when its server binaries are not installed).
  const pgSearch = search ? await searchLatencyPostgres(ARTICLES, { reps: SEARCH_REPS.small, log }) : null;
  if (pgSearch) searchRuns.push(pgSearch);

  const origin = `http://127.0.0.1:${NEXT_PORT}`;
  log(`next start (${distDir}) on ${origin}, BREAKING_POLL_SECONDS=${POLL_SECONDS} (default 15)`);
  const next = await startNext({ distDir, dbFile: DB_FILE, port: NEXT_PORT, pollSeconds: POLL_SECONDS });

  // Written in this process, straight to the file, as the newsroom CLI would: the server learns of it by itself.
  const writer = openDb(`file:${DB_FILE}`);
  const etag = await postBenchBreaking(writer, origin, log);
  const opts: RouteOptions = { "breaking-304": { headers: { "if-none-match": etag }, expectStatus: 304 } };
  const targets = { origin, wanted, paths, opts };
  await warmRoutes(targets, log);

  // The baseline serves the article page's bytes; without the article route, the first page's (or still the
  // article's when only API routes run, so their ratios compare with the usual baseline).
  const basePath = paths[wanted.includes("article") ? "article" : (wanted.find((w) => PAGES.includes(w)) ?? "article")];
  const baseline = await startBaseline(origin, basePath, STATIC_PORT, path.dirname(RESULTS), log);
  const rows = await measureRoutes(targets, baseline, { connections: CONNECTIONS, seconds: SECONDS, log });

  const weight = await pageWeight(origin + basePath);
  // The Persian article beside the English one (always measured together: routes.ts); basePath is the English one.
  const persianArticle = wanted.includes("article-fa")
    ? compareEditions(rows, { english: weight, persian: await pageWeight(origin + paths["article-fa"]) }, t.bodyChars)
    : null;
  const keyWeights: { name: RouteName; w: PageWeight }[] = [];
  for (const name of KEY_PAGES) keyWeights.push({ name, w: await pageWeight(origin + paths[name]) });
  // With the load off: Lighthouse's simulated throttling still depends on how fast the page answers.
  if (lighthouse) {
    const rs = await lighthouseRuns(KEY_PAGES.map((n) => origin + paths[n]), CHROME_PORT, log);
    rs.forEach((r, i) => lhRuns.push({ name: KEY_PAGES[i], r }));
  }

  // After the load, so it does not distort the figures.
  let wait: LatencyResult | null = null;
  if (latency) {
    log(`${LATENCY}: ${LATENCY_POSTS} posts to an open ${paths.article}, pages poll every ${POLL_SECONDS} s`);
    wait = await breakingLatency(writer, origin + paths.article, { posts: LATENCY_POSTS, pollSeconds: POLL_SECONDS, log });
  }
  await writer.destroy();
  await next.stop();

  if (search) searchRuns.push(await searchLatencyBig());
  const scaleResult: ScaleResult | null = scale ? await runScale() : null;

  const run = {
    distDir,
    settings: { connections: CONNECTIONS, seconds: SECONDS, articles: ARTICLES, breakingPollSeconds: POLL_SECONDS },
    loadAvg,
    data: t,
    baseline,
    rows,
    weight,
    persianArticle,
    keyWeights,
    floorWeight,
    lhRuns,
    wait,
    searchRuns,
    scaleResult,
  };
  printSummary(run);
  writeResults(RESULTS, run);
  log(`results written to ${RESULTS}`);

  const failed = failures(run);
  if (failed) {
    console.error(`\nbench: ${failed}`);
    process.exitCode = 1;
  }
}

/** searchArticles on a second SQLite database of SEARCH_BIG articles, made for the run and removed after it. */
async function searchLatencyBig(): Promise<SearchLatency> {
  log(`fresh ${SEARCH_DB_FILE}: ${SEARCH_BIG} generated articles for search latency`);
  // Progress every 10,000 articles, not every batch of 500.
  const quiet = (l: string) => (!/^generated \d+\/\d+$/.test(l) || /^generated \d*0000\//.test(l) ? log(l) : undefined);
  await createBenchDb(SEARCH_DB_FILE, SEARCH_BIG, quiet);
  const r = await searchLatency(SEARCH_DB_FILE, SEARCH_BIG, { reps: SEARCH_REPS.big, log });
  // About a gigabyte: not worth keeping between runs.
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(SEARCH_DB_FILE + suffix, { force: true });
  return r;
}

// Stop the servers on every way out: success, error, Ctrl-C, or a kill of the benchmark itself.
for (const sig of ["SIGINT", "SIGTERM"] as const) {
  process.once(sig, () => {
    log(`${sig}: stopping servers`);
    stopAll().finally(() => process.exit(130));
  });
}
process.once("exit", killAllNow);

main()
  .catch((err: unknown) => {
    console.error(`bench: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  })
  .finally(stopAll);

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
 * Page weight (scripts/bench/js-table.ts): gzipped first-load JS of article, home, blog landing and topic page,
 * as "floor + N KB" over the framework floor (scripts/bench/floor.ts builds scripts/bench/floor-app outside the
 * repo). Lighthouse 12 mobile on the same four pages (scripts/bench/lighthouse.ts). Route names: scripts/bench/routes.ts.
 *
 *   npm run bench                       everything
 *   npm run bench -- home article       only these (home, article, blog, blog-deep, topic, breaking, breaking-304,
 *                                       ping, search, breaking-latency, search-latency, scale, lighthouse, floor)
 *   BENCH_SECONDS=3 npm run bench       shorter runs while working on the harness
 *   BENCH_PORT=3700 npm run bench       other ports (next start on 3700, node:http on 3701, floor app on 3702,
 *                                       Chromium's debugging port 3703), so two checkouts
 *                                       can bench side by side
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { chromiumPath } from "../e2e/support/chromium";
import { openDb } from "../lib/db/connection";
import { createBenchDb } from "./bench/bench-db";
import { breakingLatency, type LatencyResult } from "./bench/breaking-latency";
import { postBenchBreaking } from "./bench/breaking-setup";
import { failed, measure } from "./bench/load";
import { killAllNow, startServer, stopAll } from "./bench/processes";
import { kb, table, type Row } from "./bench/report";
import { checkScalePrerequisites, SCALE_BENCH, scaleBench, scaleFailed, scaleTable, type ScaleResult } from "./bench/scale";
import { searchLatency, searchLatencyPostgres, searchLatencyTable, type SearchLatency } from "./bench/search-latency";
import { frameworkFloor } from "./bench/floor";
import { jsTable } from "./bench/js-table";
import { lighthouseRuns, lighthouseTable, type LighthouseResult } from "./bench/lighthouse";
import { KEY_PAGES, LATENCY, LIGHTHOUSE, PAGES, parseRoutes, routePaths, type RouteName } from "./bench/routes";
import { pageWeight, type PageWeight } from "./bench/weight";

const ARTICLES = 10_000;
const CONNECTIONS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS || 8);
const NEXT_PORT = Number(process.env.BENCH_PORT || 3200);
const STATIC_PORT = NEXT_PORT + 1;
const DB_FILE = "data/bench.db";
const RESULTS = "bench-results/latest.json";
const FLOOR_PORT = NEXT_PORT + 2;
const CHROME_PORT = NEXT_PORT + 3;
const LATENCY_POSTS = 20;
const SEARCH_DB_FILE = "data/bench-100k.db";
const SEARCH_BIG = 100_000;
const SEARCH_REPS = { small: 30, big: 12 };
// Shorter than the default 15 s so 20 posts (each after a random pause of up to one interval) fit in about two
// minutes; the latency scales with it.
const POLL_SECONDS = 5;
const LIGHTHOUSE_MODE = "12 mobile (simulated throttling)";

const log = (l: string) => console.log(`bench: ${l}`);

async function main() {
  const { wanted, latency, search, scale, lighthouse, floor } = parseRoutes(process.argv.slice(2));
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  if (!fs.existsSync(path.join(distDir, "BUILD_ID"))) {
    throw new Error(
      `no production build in ${distDir}/. The benchmark measures a build and makes none. Build one (it\n` +
        `prerenders pages, so it needs a database) and bench it with the same NEXT_DIST_DIR:\n` +
        `  npm run db:setup && NEXT_DIST_DIR=.next-bench npx next build\n  NEXT_DIST_DIR=.next-bench npm run bench`,
    );
  }
  // Before minutes of load, not after: the latency run needs a browser.
  if ((latency || lighthouse) && !fs.existsSync(chromiumPath)) {
    const needs = [latency && LATENCY, lighthouse && LIGHTHOUSE].filter(Boolean).join(" and ");
    throw new Error(`no Chromium at ${chromiumPath} for ${needs}: apt-get install -y chromium, set CHROMIUM_PATH, or leave ${needs} out`);
  }
  if (scale) checkScalePrerequisites();
  const runScale = () => scaleBench({ distDir, connections: CONNECTIONS, seconds: SECONDS, pollSeconds: POLL_SECONDS, log });
  if (scale && !wanted.length && !latency && !search && !lighthouse && !floor) {
    // `npm run bench -- scale`: only the scale-out figures, none of the single-instance set-up.
    const only = await runScale();
    console.log(`\nscale-out (${only.articles} generated articles on PostgreSQL, Redis; ${only.cpus} cores shared by everything):\n${scaleTable(only)}`);
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
  const floorWeight: PageWeight | null = floor ? await frameworkFloor(FLOOR_PORT, log) : null;

  // Before any server runs, so nothing else competes for the cores.
  const searchRuns: SearchLatency[] = [];
  if (search) searchRuns.push(await searchLatency(DB_FILE, ARTICLES, { reps: SEARCH_REPS.small, log }));
  // The same articles on PostgreSQL (a private cluster, skipped when its server binaries are not installed).
  const pgSearch = search ? await searchLatencyPostgres(ARTICLES, { reps: SEARCH_REPS.small, log }) : null;
  if (pgSearch) searchRuns.push(pgSearch);

  const origin = `http://127.0.0.1:${NEXT_PORT}`;
  log(`next start (${distDir}) on ${origin}, BREAKING_POLL_SECONDS=${POLL_SECONDS} (default 15)`);
  const next = await startServer("next start", process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "start", "-p", String(NEXT_PORT), "-H", "127.0.0.1"], {
    url: `${origin}/`,
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      NEXT_DIST_DIR: distDir,
      DATABASE_URL: `file:./${DB_FILE}`,
      SITE_URL: origin,
      PORT: String(NEXT_PORT),
      BREAKING_POLL_SECONDS: String(POLL_SECONDS),
    },
  });

  // Written in this process, straight to the file, as the newsroom CLI would: the server learns of it by itself.
  const writer = openDb(`file:${DB_FILE}`);
  const etag = await postBenchBreaking(writer, origin, log);
  const opts: Partial<Record<RouteName, { headers: Record<string, string>; expectStatus: number }>> = {
    "breaking-304": { headers: { "if-none-match": etag }, expectStatus: 304 },
  };

  // Warm: render and cache every page, then a short burst so the JIT has seen the hot paths.
  for (const name of wanted) {
    const statuses = new Set<number>();
    for (let i = 0; i < 20; i++) statuses.add((await fetch(origin + paths[name], { headers: opts[name]?.headers })).status);
    log(`warm ${name} ${paths[name]} -> ${[...statuses].join(",")}`);
    await measure(origin + paths[name], { connections: 10, seconds: 2, ...opts[name] });
  }

  // The baseline serves the article page's bytes; without the article route, the first page's (or still the
  // article's when only API routes run, so their ratios compare with the usual baseline).
  const basePath = paths[wanted.includes("article") ? "article" : (wanted.find((w) => PAGES.includes(w)) ?? "article")];
  const page = await fetch(origin + basePath);
  const html = Buffer.from(await page.arrayBuffer());
  if (!page.ok) log(`!! ${basePath} answered ${page.status}: the baseline serves that error page's bytes`);
  fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
  const htmlFile = path.join(path.dirname(RESULTS), "baseline.html");
  fs.writeFileSync(htmlFile, html);
  const contentType = page.headers.get("content-type") ?? "text/html; charset=utf-8";
  const staticUrl = `http://127.0.0.1:${STATIC_PORT}/`;
  log(`static baseline (node:http, ${html.length} bytes of ${basePath}) on ${staticUrl}`);
  await startServer("static server", process.execPath, [path.resolve("scripts/bench/static-server.mjs"), htmlFile, contentType, String(STATIC_PORT)], {
    url: staticUrl,
    env: { ...process.env, NODE_ENV: "production" },
  });
  await measure(staticUrl, { connections: 10, seconds: 2 });

  log(`measuring: ${CONNECTIONS} connections, ${SECONDS} s per route`);
  const baseline = await measure(staticUrl, { connections: CONNECTIONS, seconds: SECONDS });
  const rows: Row[] = [{ route: "static baseline", path: `node:http, bytes of ${basePath}`, load: baseline }];
  for (const name of wanted) {
    const load = await measure(origin + paths[name], { connections: CONNECTIONS, seconds: SECONDS, ...opts[name] });
    log(`${name}: ${load.reqPerSec.toFixed(0)} req/s, p50 ${load.p50Ms} ms, p99 ${load.p99Ms} ms${failed(load) ? `, ${load.unexpected} unexpected` : ""}`);
    rows.push({ route: name, path: name === "breaking-304" ? `${paths[name]} (If-None-Match) -> 304` : paths[name], load });
  }

  const weight = await pageWeight(origin + basePath);
  const keyWeights: { name: RouteName; w: PageWeight }[] = [];
  for (const name of KEY_PAGES) keyWeights.push({ name, w: await pageWeight(origin + paths[name]) });
  // With the load off: Lighthouse's simulated throttling still depends on how fast the page answers.
  const lhRuns: { name: RouteName; r: LighthouseResult }[] = [];
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

  if (search) {
    log(`fresh ${SEARCH_DB_FILE}: ${SEARCH_BIG} generated articles for search latency`);
    // Progress every 10,000 articles, not every batch of 500.
    const quiet = (l: string) => (!/^generated \d+\/\d+$/.test(l) || /^generated \d*0000\//.test(l) ? log(l) : undefined);
    await createBenchDb(SEARCH_DB_FILE, SEARCH_BIG, quiet);
    searchRuns.push(await searchLatency(SEARCH_DB_FILE, SEARCH_BIG, { reps: SEARCH_REPS.big, log }));
    // About a gigabyte: not worth keeping between runs.
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(SEARCH_DB_FILE + suffix, { force: true });
  }
  const scaleResult: ScaleResult | null = scale ? await runScale() : null;

  console.log(`\n${table(rows, baseline)}\n`);
  console.log(`page weight of ${basePath}:`);
  console.log(`  HTML ${kb(weight.html.bytes)} (${kb(weight.html.gzip)} gzipped)`);
  console.log(`  JS   ${kb(weight.js.bytes)} (${kb(weight.js.gzip)} gzipped) in ${weight.js.files.length} <script src> files`);
  const brokenScripts = weight.js.files.filter((f) => f.status < 200 || f.status >= 300);
  for (const f of brokenScripts) console.log(`  !! script ${f.src} answered ${f.status}`);
  console.log(`\nfirst-load JS per page (gzipped <script src> files${floorWeight ? "; floor = scripts/bench/floor-app" : ""}):\n${jsTable(keyWeights, floorWeight)}`);
  if (lhRuns.length) console.log(`\nLighthouse ${LIGHTHOUSE_MODE}:\n${lighthouseTable(lhRuns)}`);
  if (searchRuns.length) {
    console.log(`\nsearch latency, searchArticles in-process, 10 hits a page (${searchRuns.map((r) => `${r.reps} runs a query at ${r.articles}`).join(", ")}):`);
    console.log(searchLatencyTable(searchRuns));
  }
  const latencyBad = wait !== null && (wait.timeouts > 0 || wait.stoppedEarly || !wait.samplesMs.length);
  if (wait) {
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
  if (scaleResult) console.log(`\nscale-out (${scaleResult.articles} generated articles on PostgreSQL, Redis; ${scaleResult.cpus} cores shared by everything):\n${scaleTable(scaleResult)}`);

  const result = {
    at: new Date().toISOString(),
    commit: gitCommit(),
    node: process.version,
    distDir,
    settings: { connections: CONNECTIONS, seconds: SECONDS, articles: ARTICLES, breakingPollSeconds: POLL_SECONDS },
    loadAverageAtStart: loadAvg,
    data: t,
    baseline: { path: basePath, bytes: html.length, contentType, load: baseline },
    routes: rows.slice(1).map((r) => ({ route: r.route, path: r.path, ratioToStatic: r.load.reqPerSec / baseline.reqPerSec, failed: failed(r.load), ...r.load })),
    weight,
    jsPerPage: keyWeights.map(({ name, w }) => ({ page: name, url: w.url, jsGzip: w.js.gzip, files: w.js.files.length, aboveFloorGzip: floorWeight ? w.js.gzip - floorWeight.js.gzip : null })),
    floor: floorWeight,
    lighthouse: lhRuns.map(({ name, r }) => ({ page: name, ...r })),
    breakingLatency: wait,
    searchLatency: searchRuns,
    scale: scaleResult,
  };
  fs.writeFileSync(RESULTS, JSON.stringify(result, null, 2) + "\n");
  log(`results written to ${RESULTS}`);

  const bad = rows.filter((r) => failed(r.load));
  const scaleBad = scaleResult !== null && scaleFailed(scaleResult);
  if (bad.length || brokenScripts.length || !page.ok || latencyBad || scaleBad) {
    console.error(`\nbench: FAILED routes: ${bad.map((r) => r.route).join(", ") || "none"}${brokenScripts.length ? "; broken scripts" : ""}${page.ok ? "" : `; ${basePath} answered ${page.status}`}${latencyBad ? `; ${LATENCY}` : ""}${scaleBad ? `; ${SCALE_BENCH}` : ""}`);
    process.exitCode = 1;
  }
}

function gitCommit(): string | null {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return null;
  }
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

/**
 * npm run bench: how fast the built app serves its pages, next to the cheapest possible Node server.
 *
 * Builds nothing: it runs the production build in .next (or NEXT_DIST_DIR) against a fresh data/bench.db
 * (demo content + 10,000 generated articles), on 127.0.0.1:3200, and a plain node:http server on 127.0.0.1:3201
 * that answers with the article page's exact bytes. Each route gets a bounded autocannon run.
 *
 *   npm run bench                       all routes
 *   npm run bench -- home article       only these (home, article, blog, blog-deep)
 *   BENCH_SECONDS=3 npm run bench       shorter runs while working on the harness
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { createBenchDb } from "./bench/bench-db";
import { failed, measure } from "./bench/load";
import { killAllNow, startServer, stopAll } from "./bench/processes";
import { kb, table, type Row } from "./bench/report";
import { pageWeight } from "./bench/weight";

const ARTICLES = 10_000;
const CONNECTIONS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS || 8);
const NEXT_PORT = 3200;
const STATIC_PORT = 3201;
const DB_FILE = "data/bench.db";
const RESULTS = "bench-results/latest.json";
const ROUTES = ["article", "blog", "blog-deep", "home"] as const;
type RouteName = (typeof ROUTES)[number];

const log = (l: string) => console.log(`bench: ${l}`);

async function main() {
  const wanted = parseRoutes(process.argv.slice(2));
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  if (!fs.existsSync(path.join(distDir, "BUILD_ID"))) {
    throw new Error(
      `no production build in ${distDir}/. The benchmark measures a build and makes none. Build one (it\n` +
        `prerenders pages, so it needs a database) and bench it with the same NEXT_DIST_DIR:\n` +
        `  npm run db:setup && NEXT_DIST_DIR=.next-bench npx next build\n  NEXT_DIST_DIR=.next-bench npm run bench`,
    );
  }

  // Load generator and servers share two cores: anything else running makes the figures meaningless. Read before
  // the benchmark adds load of its own.
  const loadAvg = os.loadavg()[0];
  log(`load average ${loadAvg.toFixed(2)} on ${os.cpus().length} cores`);
  if (loadAvg > 1) log(`!! the machine is busy: expect noisy, low figures (see loadAverageAtStart in the results)`);

  log(`fresh ${DB_FILE}: migrations, demo content, ${ARTICLES} generated articles`);
  const t = await createBenchDb(DB_FILE, ARTICLES, log);
  const paths: Record<RouteName, string> = {
    article: `/a/${t.articleSlug}`,
    blog: `/blogs/${t.blogSlug}`,
    "blog-deep": `/blogs/${t.blogSlug}/page/${t.deepPage}`,
    home: "/",
  };
  log(`blog ${t.blogSlug} has ${t.blogArticles} articles, ${t.deepPage} pages`);

  const origin = `http://127.0.0.1:${NEXT_PORT}`;
  log(`next start (${distDir}) on ${origin}`);
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
    },
  });

  // Warm: render and cache every page, then a short burst so the JIT has seen the hot paths.
  for (const name of wanted) {
    const statuses = new Set<number>();
    for (let i = 0; i < 20; i++) statuses.add((await fetch(origin + paths[name])).status);
    log(`warm ${name} ${paths[name]} -> ${[...statuses].join(",")}`);
    await measure(origin + paths[name], { connections: 10, seconds: 2 });
  }

  // The baseline serves the article page's bytes; without the article route, the first route's.
  const basePath = paths[wanted.includes("article") ? "article" : wanted[0]];
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
    const load = await measure(origin + paths[name], { connections: CONNECTIONS, seconds: SECONDS });
    log(`${name}: ${load.reqPerSec.toFixed(0)} req/s, p99 ${load.p99Ms} ms${failed(load) ? `, ${load.non2xx} non-2xx` : ""}`);
    rows.push({ route: name, path: paths[name], load });
  }

  const weight = await pageWeight(origin + basePath);
  await next.stop();

  console.log(`\n${table(rows, baseline)}\n`);
  console.log(`page weight of ${basePath}:`);
  console.log(`  HTML ${kb(weight.html.bytes)} (${kb(weight.html.gzip)} gzipped)`);
  console.log(`  JS   ${kb(weight.js.bytes)} (${kb(weight.js.gzip)} gzipped) in ${weight.js.files.length} <script src> files`);
  const brokenScripts = weight.js.files.filter((f) => f.status < 200 || f.status >= 300);
  for (const f of brokenScripts) console.log(`  !! script ${f.src} answered ${f.status}`);

  const result = {
    at: new Date().toISOString(),
    commit: gitCommit(),
    node: process.version,
    distDir,
    settings: { connections: CONNECTIONS, seconds: SECONDS, articles: ARTICLES },
    loadAverageAtStart: loadAvg,
    data: t,
    baseline: { path: basePath, bytes: html.length, contentType, load: baseline },
    routes: rows.slice(1).map((r) => ({ route: r.route, path: r.path, ratioToStatic: r.load.reqPerSec / baseline.reqPerSec, failed: failed(r.load), ...r.load })),
    weight,
  };
  fs.writeFileSync(RESULTS, JSON.stringify(result, null, 2) + "\n");
  log(`results written to ${RESULTS}`);

  const bad = rows.filter((r) => failed(r.load));
  if (bad.length || brokenScripts.length || !page.ok) {
    console.error(`\nbench: FAILED routes: ${bad.map((r) => r.route).join(", ") || "none"}${brokenScripts.length ? "; broken scripts" : ""}${page.ok ? "" : `; ${basePath} answered ${page.status}`}`);
    process.exitCode = 1;
  }
}

function parseRoutes(args: string[]): RouteName[] {
  const unknown = args.filter((a) => !(ROUTES as readonly string[]).includes(a));
  if (unknown.length) throw new Error(`unknown route(s) ${unknown.join(", ")}; choose from ${ROUTES.join(", ")}`);
  return args.length ? (args as RouteName[]) : [...ROUTES];
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

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import pg from "pg";
import { startInstance, type Instance } from "../../e2e-scale/support/instances";
import { NGINX_BIN, startNginx } from "../../e2e-scale/support/nginx";
import { PrivatePostgres } from "../../e2e-scale/support/private-postgres";
import { PrivateRedis } from "../../e2e-scale/support/private-redis";
import { startService, stopServices, waitFor, answers, type Service } from "../../e2e-scale/support/process";
import { visible } from "../../lib/content/articles";
import { openDb } from "../../lib/db/connection";
import { generateArticles } from "../../lib/demo/generate";
import { loadDemoContent } from "../../lib/demo/load";
import { migrate } from "../../lib/db/migrations";
import { postBenchBreaking } from "./breaking-setup";
import { failed, measure, type LoadResult } from "./load";

/**
 * Scale-out figures, in the same run as the rest of `npm run bench`: the scale suite's set-up (a private
 * PostgreSQL cluster and Redis, production instances of the bench's build, deploy/nginx.conf in front) measured
 * on one article page and /api/breaking:
 *   - one instance, directly;
 *   - one instance behind nginx and two behind nginx, nginx's cache bypassed (a session cookie, as staff
 *     requests are), so every request reaches an instance: what a second instance adds, and what nginx costs;
 *   - nginx's micro-cache (the same URLs without the cookie) beside nginx serving the same bytes as a static file.
 * Everything listens on 127.0.0.1, ports BENCH_SCALE_PORT and the six after it (default 3202–3208).
 */
export const SCALE_BENCH = "scale";
const ARTICLES = 2_000;
const BASE = Number(process.env.BENCH_SCALE_PORT || 3202);
const PORTS = { one: BASE, two: BASE + 1, nginxOne: BASE + 2, nginxTwo: BASE + 3, staticNginx: BASE + 4, postgres: BASE + 5, redis: BASE + 6 };
const BYPASS = { cookie: "dispatch_session=bench" };

export type ScaleRow = { setup: string; route: string; url: string; load: LoadResult };
export type ScaleResult = {
  articles: number;
  cpus: number;
  rows: ScaleRow[];
  ratios: { name: string; route: string; ratio: number }[];
};

/** Fails before any load when a server the scale bench needs is missing. */
export function checkScalePrerequisites(): void {
  const missing: string[] = [];
  if (!fs.existsSync(NGINX_BIN) && !onPath("nginx")) missing.push("nginx");
  if (!onPath("redis-server")) missing.push("redis-server");
  if (!process.env.PG_BIN && !fs.existsSync("/usr/lib/postgresql")) missing.push("postgresql");
  if (missing.length) throw new Error(`the ${SCALE_BENCH} bench needs ${missing.join(", ")}: apt-get install -y ${missing.join(" ")}, or leave ${SCALE_BENCH} out`);
}

function onPath(bin: string): boolean {
  return (process.env.PATH ?? "").split(":").some((dir) => fs.existsSync(path.join(dir, bin)));
}

export async function scaleBench(opts: { distDir: string; connections: number; seconds: number; pollSeconds: number; log: (l: string) => void }): Promise<ScaleResult> {
  const { log } = opts;
  const postgres = new PrivatePostgres(PORTS.postgres);
  const redis = new PrivateRedis(PORTS.redis);
  const started: Service[] = [];
  try {
    log(`${SCALE_BENCH}: private PostgreSQL on ${PORTS.postgres}, Redis on ${PORTS.redis}, ${ARTICLES} generated articles`);
    await redis.start();
    await postgres.create();
    const admin = new pg.Client({ connectionString: postgres.url });
    await admin.connect();
    await admin.query("create database dispatch");
    await admin.end();
    const databaseUrl = postgres.url.replace(/\/postgres$/, "/dispatch");
    const db = openDb(databaseUrl, { max: 4 });
    let slug: string;
    try {
      await migrate(db, undefined, () => {});
      await loadDemoContent(db, () => {});
      const before = await db.selectFrom("articles").select(sql<number>`coalesce(max(id), 0)`.as("id")).executeTakeFirstOrThrow();
      await generateArticles(db, ARTICLES, { seed: 1 });
      const rows = await db.selectFrom("articles").select("slug").where("id", ">", Number(before.id)).where(visible(new Date())).orderBy("id").execute();
      slug = rows[Math.floor(rows.length / 2)].slug;
    } catch (err) {
      await db.destroy();
      throw err;
    }

    const edge = `http://127.0.0.1:${PORTS.nginxTwo}`;
    const common = { databaseUrl, redisUrl: redis.url, siteUrl: edge, distDir: opts.distDir, env: { BREAKING_POLL_SECONDS: String(opts.pollSeconds) } };
    log(`${SCALE_BENCH}: instances on ${PORTS.one} and ${PORTS.two} (${opts.distDir}), nginx on ${PORTS.nginxOne} (one) and ${PORTS.nginxTwo} (two)`);
    const instances: Instance[] = await Promise.all([PORTS.one, PORTS.two].map((port) => startInstance({ port, ...common })));
    started.push(...instances);
    started.push(await startNginx({ listen: PORTS.nginxOne, upstreams: [PORTS.one] }));
    started.push(await startNginx({ listen: PORTS.nginxTwo, upstreams: [PORTS.one, PORTS.two] }));
    try {
      await postBenchBreaking(db, instances[0].origin, log);
    } finally {
      await db.destroy();
    }

    const one = instances[0].origin;
    const nginxOne = `http://127.0.0.1:${PORTS.nginxOne}`;
    const paths = { article: `/a/${slug}`, breaking: "/api/breaking" };

    // The static baseline: nginx serving the very bytes the micro-cache serves, from files.
    const files = path.join(os.tmpdir(), `dispatch-bench-static-${PORTS.staticNginx}`);
    fs.rmSync(files, { recursive: true, force: true });
    fs.mkdirSync(files, { recursive: true });
    fs.chmodSync(files, 0o755);
    for (const [name, p] of Object.entries(paths)) {
      const res = await fetch(`${edge}${p}`);
      if (!res.ok) throw new Error(`${SCALE_BENCH}: ${p} answered ${res.status} through nginx`);
      fs.writeFileSync(path.join(files, `${name}.${name === "breaking" ? "json" : "html"}`), Buffer.from(await res.arrayBuffer()), { mode: 0o644 });
    }
    started.push(await startStaticNginx(files, PORTS.staticNginx));
    const staticOrigin = `http://127.0.0.1:${PORTS.staticNginx}`;

    const plan: { setup: string; route: keyof typeof paths; url: string; headers?: Record<string, string> }[] = [];
    for (const route of ["article", "breaking"] as const) {
      plan.push(
        { setup: "one instance, direct", route, url: `${one}${paths[route]}` },
        { setup: "one instance behind nginx, uncached", route, url: `${nginxOne}${paths[route]}`, headers: BYPASS },
        { setup: "two instances behind nginx, uncached", route, url: `${edge}${paths[route]}`, headers: BYPASS },
        { setup: "nginx micro-cache (two instances)", route, url: `${edge}${paths[route]}` },
        { setup: "nginx static file, same bytes", route, url: `${staticOrigin}/${route}.${route === "breaking" ? "json" : "html"}` },
      );
    }
    for (const p of plan) {
      for (let i = 0; i < 20; i++) await (await fetch(p.url, { headers: p.headers })).arrayBuffer();
      await measure(p.url, { connections: 10, seconds: 2, headers: p.headers });
    }
    log(`${SCALE_BENCH}: measuring: ${opts.connections} connections, ${opts.seconds} s each, ${plan.length} runs`);
    const rows: ScaleRow[] = [];
    for (const p of plan) {
      const load = await measure(p.url, { connections: opts.connections, seconds: opts.seconds, headers: p.headers });
      log(`${SCALE_BENCH}: ${p.setup} ${p.route}: ${load.reqPerSec.toFixed(0)} req/s, p50 ${load.p50Ms} ms, p99 ${load.p99Ms} ms${failed(load) ? `, ${load.unexpected} unexpected, ${load.errors} errors, ${load.timeouts} timeouts` : ""}`);
      rows.push({ setup: p.setup, route: p.route, url: p.url, load });
    }

    const rate = (setup: string, route: string) => rows.find((r) => r.setup === setup && r.route === route)?.load.reqPerSec ?? 0;
    const ratios: ScaleResult["ratios"] = [];
    for (const route of ["article", "breaking"]) {
      const pair = (name: string, a: string, b: string) => ratios.push({ name, route, ratio: rate(b, route) > 0 ? rate(a, route) / rate(b, route) : 0 });
      pair("two ÷ one instance, both behind nginx, uncached", "two instances behind nginx, uncached", "one instance behind nginx, uncached");
      pair("two behind nginx, uncached ÷ one direct", "two instances behind nginx, uncached", "one instance, direct");
      pair("nginx micro-cache ÷ nginx static file", "nginx micro-cache (two instances)", "nginx static file, same bytes");
    }
    return { articles: ARTICLES, cpus: os.cpus().length, rows, ratios };
  } finally {
    for (const s of started.reverse()) await s.stop();
    await stopServices();
    await redis.stop();
    await postgres.destroy();
  }
}

/** nginx serving two files from a folder, with the example's connection settings and nothing else. */
async function startStaticNginx(root: string, port: number): Promise<Service> {
  const prefix = path.join(root, "nginx");
  fs.mkdirSync(prefix, { recursive: true });
  fs.chmodSync(prefix, 0o755);
  const conf = path.join(prefix, "nginx.conf");
  fs.writeFileSync(
    conf,
    `worker_processes auto;
pid nginx.pid;
error_log error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  keepalive_timeout 30s;
  # A baseline, not an example: never close a busy kept-alive connection (autocannon counts a close mid-run as an error).
  keepalive_requests 1000000;
  server_tokens off;
  types { text/html html; application/json json; }
  server {
    listen 127.0.0.1:${port};
    root ${root};
  }
}
`,
  );
  const service = startService(`static nginx :${port}`, NGINX_BIN, ["-p", `${prefix}/`, "-c", conf, "-e", "stderr", "-g", "daemon off;"]);
  await waitFor(service, `an answer on ${port}`, () => answers(`http://127.0.0.1:${port}/article.html`), 20_000);
  return service;
}

/**
 * A run fails on any unexpected status or timeout. Socket errors are tolerated up to one in a thousand: nginx closes
 * a kept-alive connection after 1,000 requests (keepalive_requests), and a request autocannon sends at that moment
 * counts as an error, though no reader would see one.
 */
const runFailed = (r: LoadResult) => r.unexpected > 0 || r.timeouts > 0 || r.errors * 1000 > r.requests || !r.requests;

/** The figures as a table, then the ratios. */
export function scaleTable(result: ScaleResult): string {
  const head = ["setup", "route", "req/s", "p50 ms", "p99 ms", "unexpected", "errors"];
  const body = result.rows.map((r) => [
    runFailed(r.load) ? `!! ${r.setup}` : r.setup,
    r.route,
    r.load.reqPerSec.toFixed(0),
    String(r.load.p50Ms),
    String(r.load.p99Ms),
    String(r.load.unexpected),
    String(r.load.errors),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i >= 2 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join("  ");
  const out = [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line), ""];
  for (const r of result.ratios) out.push(`  ${r.name.padEnd(50)} ${r.route.padEnd(9)} ${r.ratio.toFixed(2)}`);
  return out.join("\n");
}

export const scaleFailed = (result: ScaleResult) => result.rows.some((r) => runFailed(r.load));

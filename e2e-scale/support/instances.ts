import { execFileSync } from "node:child_process";
import path from "node:path";
import { BREAKING_POLL_SECONDS, SCALE_DIST_DIR } from "./env";
import { answers, startService, waitFor, type Service } from "./process";

const ROOT = path.resolve(__dirname, "../..");

export type Instance = Service & { origin: string; port: number };

/**
 * One production instance of the suite's build (`next start`, the same NEXT_DIST_DIR the scale servers run), on
 * a database and Redis of the caller's choice. Waits until it answers /api/health (with any status).
 */
export async function startInstance(opts: {
  port: number;
  databaseUrl: string;
  redisUrl?: string;
  siteUrl: string;
  distDir?: string;
  env?: Record<string, string>;
}): Promise<Instance> {
  const { port } = opts;
  const origin = `http://127.0.0.1:${port}`;
  const service = startService(`instance :${port}`, process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: opts.databaseUrl,
      REDIS_URL: opts.redisUrl ?? "",
      SITE_URL: opts.siteUrl,
      NEXT_DIST_DIR: opts.distDir ?? SCALE_DIST_DIR,
      BREAKING_POLL_SECONDS: String(BREAKING_POLL_SECONDS),
      NEXT_TELEMETRY_DISABLED: "1",
      ...opts.env,
    },
  });
  await waitFor(service, `an answer on ${origin}/api/health`, () => answers(`${origin}/api/health`), 90_000);
  return Object.assign(service, { origin, port });
}

/** Migrates a database and loads the demo newsroom into it (`npm run db:setup`). */
export function setupDatabase(databaseUrl: string): void {
  execFileSync(process.execPath, ["--import", "tsx", "scripts/db-setup.ts"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ["ignore", "pipe", "pipe"],
    timeout: 120_000,
  });
}

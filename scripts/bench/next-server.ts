import fs from "node:fs";
import path from "node:path";
import { startServer, type Child } from "./processes";

/** The benchmark measures a build and makes none: stops early, with the commands to make one, when there is none. */
export function requireBuild(distDir: string): void {
  if (fs.existsSync(path.join(distDir, "BUILD_ID"))) return;
  throw new Error(
    `no production build in ${distDir}/. The benchmark measures a build and makes none. Build one (it\n` +
      `prerenders pages, so it needs a database) and bench it with the same NEXT_DIST_DIR:\n` +
      `  npm run db:setup && NEXT_DIST_DIR=.next-bench npx next build\n  NEXT_DIST_DIR=.next-bench npm run bench`,
  );
}

/** `next start` of the build in distDir on 127.0.0.1:port, reading the bench database. */
export function startNext({ distDir, dbFile, port, pollSeconds }: { distDir: string; dbFile: string; port: number; pollSeconds: number }): Promise<Child> {
  const origin = `http://127.0.0.1:${port}`;
  return startServer("next start", process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    url: `${origin}/`,
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      NEXT_DIST_DIR: distDir,
      DATABASE_URL: `file:./${dbFile}`,
      SITE_URL: origin,
      PORT: String(port),
      BREAKING_POLL_SECONDS: String(pollSeconds),
    },
  });
}

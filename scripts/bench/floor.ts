import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import { startServer } from "./processes";
import { pageWeight, type PageWeight } from "./weight";

const FIXTURE = path.resolve("scripts/bench/floor-app");

/**
 * The framework floor: scripts/bench/floor-app (one server page, no client components) built with this repo's
 * `next` and `react` and measured like our pages. Built in a temp dir outside the repo, with node_modules
 * symlinked, so Turbopack does not pick up the repo root's instrumentation.ts and proxy.ts. `whileServing` runs
 * against the floor page while its server is up (Lighthouse, so TBT and LCP have a floor too).
 */
export async function frameworkFloor<T>(
  port: number,
  log: (l: string) => void,
  whileServing: (url: string) => Promise<T>,
): Promise<{ weight: PageWeight; extra: T }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dispatch-floor-"));
  fs.cpSync(FIXTURE, dir, { recursive: true });
  fs.symlinkSync(path.resolve("node_modules"), path.join(dir, "node_modules"), "dir");
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "floor", private: true }) + "\n");
  const nextBin = path.resolve("node_modules/next/dist/bin/next");
  // Our NEXT_DIST_DIR and DATABASE_URL mean nothing to the fixture.
  const { NEXT_DIST_DIR: _dist, DATABASE_URL: _db, ...rest } = process.env;
  const env: NodeJS.ProcessEnv = {
    ...rest,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    // Read by the fixture's next.config.mjs: Turbopack must see both the app and the node_modules it links to.
    FLOOR_TURBOPACK_ROOT: commonAncestor(fs.realpathSync(dir), fs.realpathSync("node_modules")),
  };
  try {
    log(`floor: next build in ${dir}`);
    await run(process.execPath, [nextBin, "build"], dir, env);
    const origin = `http://127.0.0.1:${port}`;
    const server = await startServer("floor next start", process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
      url: `${origin}/`,
      env,
      cwd: dir,
    });
    try {
      const weight = await pageWeight(`${origin}/`);
      return { weight, extra: await whileServing(`${origin}/`) };
    } finally {
      await server.stop();
    }
  } finally {
    // Also when the build fails: a failed run leaves no temp dir behind.
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`floor build failed (${code}):\n${out.slice(-2000)}`))));
  });
}

/** The deepest folder holding both paths ("/" when they share nothing else). */
function commonAncestor(a: string, b: string): string {
  const pa = a.split(path.sep);
  const pb = b.split(path.sep);
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++;
  return pa.slice(0, i).join(path.sep) || path.sep;
}

import { spawnSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(__dirname, "..", "..");

/**
 * Runs the newsroom CLI as a user would (`npm run newsroom -- …`), against `databaseUrl`, with `stdin` piped in
 * (not a terminal), as `printf 'pw\n' | npm run newsroom -- …` does.
 */
export function runNewsroomCli(databaseUrl: string, args: string[], stdin = "", env: Record<string, string> = {}) {
  // `npm run newsroom` is `tsx scripts/newsroom.ts`; node with tsx's loader runs the same, without npx's start-up.
  const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/newsroom.ts", ...args], {
    cwd: root,
    encoding: "utf8",
    input: stdin,
    env: { ...process.env, ...env, DATABASE_URL: databaseUrl },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, lastLine: r.stdout.trim().split("\n").at(-1) };
}

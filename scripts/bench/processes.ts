import { spawn } from "node:child_process";

/** A server the benchmark started and must stop: its PID is the leader of its own process group. */
export type Child = { name: string; pid: number; url: string; output: () => string; stop: () => Promise<void> };

const running = new Set<Child>();

/**
 * Starts a server in its own process group (so workers it forks are stopped with it) and waits until `url`
 * answers with any status. Fails with the server's own output when it exits or stays silent too long.
 */
export async function startServer(
  name: string,
  command: string,
  args: string[],
  { env, url, cwd, timeoutMs = 60_000 }: { env: NodeJS.ProcessEnv; url: string; cwd?: string; timeoutMs?: number },
): Promise<Child> {
  const proc = spawn(command, args, { env, cwd, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  const keep = (b: Buffer) => {
    log = (log + b.toString()).slice(-8_000);
  };
  proc.stdout.on("data", keep);
  proc.stderr.on("data", keep);
  let exited: number | null | undefined;
  const exit = new Promise<void>((resolve) =>
    proc.once("exit", (code) => {
      exited = code;
      resolve();
    }),
  );
  if (proc.pid === undefined) throw new Error(`${name}: could not start ${command}`);
  const pid = proc.pid;

  const child: Child = {
    name,
    pid,
    url,
    output: () => log,
    stop: async () => {
      running.delete(child);
      if (exited !== undefined) return;
      signal(pid, "SIGTERM");
      const killed = await Promise.race([exit.then(() => true), sleep(5_000).then(() => false)]);
      if (!killed) signal(pid, "SIGKILL");
    },
  };
  running.add(child);

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited !== undefined) throw new Error(`${name} exited (code ${exited}) before answering ${url}:\n${log}`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(2_000) });
      return child;
    } catch {
      await sleep(250);
    }
  }
  await child.stop();
  throw new Error(`${name} did not answer ${url} within ${timeoutMs / 1000} s:\n${log}`);
}

/** Stops every server still running; used on normal exit, on errors and on Ctrl-C. */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((c) => c.stop()));
}

/** Last resort when the process is exiting and cannot await: signal each group synchronously. */
export function killAllNow(): void {
  for (const c of running) signal(c.pid, "SIGKILL");
  running.clear();
}

function signal(pid: number, sig: NodeJS.Signals) {
  try {
    process.kill(-pid, sig);
  } catch {
    // Already gone.
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

import { spawn, type SpawnOptions } from "node:child_process";
import net from "node:net";

/**
 * A server this suite (or the bench) started and must stop: its PID leads its own process group, so whatever it
 * forks stops with it, and only what we started is ever signalled.
 */
export type Service = {
  name: string;
  pid: number;
  /** The last lines it printed (for failure messages). */
  output: () => string;
  exited: () => boolean;
  stop: (signal?: NodeJS.Signals) => Promise<void>;
};

const running = new Set<Service>();

export function startService(name: string, command: string, args: string[], options: SpawnOptions = {}): Service {
  const proc = spawn(command, args, { ...options, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  const keep = (b: Buffer) => {
    log = (log + b.toString()).slice(-16_000);
  };
  proc.stdout?.on("data", keep);
  proc.stderr?.on("data", keep);
  let done = false;
  const exit = new Promise<void>((resolve) =>
    proc.once("exit", () => {
      done = true;
      resolve();
    }),
  );
  if (proc.pid === undefined) throw new Error(`${name}: could not start ${command}`);
  const pid = proc.pid;
  const service: Service = {
    name,
    pid,
    output: () => log,
    exited: () => done,
    async stop(sig = "SIGTERM") {
      running.delete(service);
      if (done) return;
      signalGroup(pid, sig);
      if (!(await Promise.race([exit.then(() => true), sleep(8_000).then(() => false)]))) signalGroup(pid, "SIGKILL");
      await Promise.race([exit, sleep(2_000)]);
    },
  };
  running.add(service);
  return service;
}

/** Every service still running, stopped (afterAll, and the exit hook below as a last resort). */
export async function stopServices(): Promise<void> {
  await Promise.all([...running].map((s) => s.stop()));
}

process.once("exit", () => {
  for (const s of running) signalGroup(s.pid, "SIGKILL");
});

function signalGroup(pid: number, sig: NodeJS.Signals) {
  try {
    process.kill(-pid, sig);
  } catch {
    // Already gone.
  }
}

/** Waits until `ready()` is true, failing with the service's output when it exits or takes too long. */
export async function waitFor(service: Service | null, what: string, ready: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (service?.exited()) throw new Error(`${service.name} exited before ${what}:\n${service.output()}`);
    if (await ready().catch(() => false)) return;
    await sleep(200);
  }
  throw new Error(`${service?.name ?? "wait"}: no ${what} within ${timeoutMs / 1000} s${service ? `:\n${service.output()}` : ""}`);
}

/** Whether something accepts TCP connections on 127.0.0.1:port. */
export function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ host: "127.0.0.1", port });
    const done = (ok: boolean) => {
      s.destroy();
      resolve(ok);
    };
    s.setTimeout(1_000, () => done(false));
    s.once("connect", () => done(true));
    s.once("error", () => done(false));
  });
}

/** Whether an HTTP server answers at url with any status. */
export async function answers(url: string): Promise<boolean> {
  const res = await fetch(url, { signal: AbortSignal.timeout(3_000) });
  await res.arrayBuffer();
  return true;
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { portOpen, sleep, startService, waitFor, type Service } from "./process";

/**
 * A Redis of the fault spec's own, which it may stop and start (the shared one on 6379 is never touched):
 * 127.0.0.1:<port>, nothing saved to disk, so every start is an empty Redis, as after a real restart without
 * persistence.
 */
export class PrivateRedis {
  private service?: Service;
  private readonly pidFile: string;

  constructor(readonly port: number) {
    this.pidFile = path.join(os.tmpdir(), `dispatch-redis-${port}.pid`);
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    stopLeftover(this.pidFile);
    const args = ["--port", String(this.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--pidfile", this.pidFile, "--dir", os.tmpdir()];
    this.service = startService(`redis :${this.port}`, process.env.REDIS_SERVER_BIN || "redis-server", args);
    await waitFor(this.service, `Redis on ${this.port}`, () => portOpen(this.port), 20_000);
  }

  /** Stops it at once (SIGKILL: no goodbye to the clients, as when the machine or the process dies). */
  async stop(): Promise<void> {
    await this.service?.stop("SIGKILL");
    this.service = undefined;
    fs.rmSync(this.pidFile, { force: true });
    for (let i = 0; i < 20 && (await portOpen(this.port)); i++) await sleep(100);
  }
}

/** A Redis left on this port by an earlier, killed run: ours by its pid file, so stop it. */
function stopLeftover(pidFile: string) {
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").trim());
  try {
    if (pid && fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("redis-server")) process.kill(pid, "SIGKILL");
    for (let i = 0; i < 20 && fs.existsSync(`/proc/${pid}`); i++) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
  } catch {
    // Not running.
  }
  fs.rmSync(pidFile, { force: true });
}

import { execFileSync, type ExecFileSyncOptions } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { portOpen, sleep } from "./process";

/**
 * A PostgreSQL cluster of the fault spec's own, which it may stop and start (the shared server on 5432 is never
 * touched): initdb into a folder under the system's temporary folder, trust authentication, listening on
 * 127.0.0.1:<port> only, its socket in that folder, durability off (throwaway data). Debian's server binaries
 * (/usr/lib/postgresql/<version>/bin, or PG_BIN). initdb and postgres refuse to run as root, so as root they run
 * as the `postgres` user through runuser, on a folder that user owns.
 */
export class PrivatePostgres {
  readonly dir: string;
  private readonly bin: string;

  constructor(readonly port: number) {
    this.dir = path.join(os.tmpdir(), `dispatch-pg-${port}`);
    this.bin = postgresBin();
  }

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  /** A fresh cluster, started. A cluster left in the same folder by a killed run is stopped and replaced. */
  async create(): Promise<void> {
    if (fs.existsSync(path.join(this.dir, "data", "postmaster.pid"))) this.pgCtl(["stop", "-m", "immediate"], { allowFail: true });
    fs.rmSync(this.dir, { recursive: true, force: true });
    fs.mkdirSync(path.join(this.dir, "data"), { recursive: true });
    fs.chmodSync(this.dir, 0o755);
    if (asRoot()) {
      const { uid, gid } = postgresUser();
      fs.chownSync(this.dir, uid, gid);
      fs.chownSync(path.join(this.dir, "data"), uid, gid);
    }
    this.run(path.join(this.bin, "initdb"), ["-D", path.join(this.dir, "data"), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"]);
    await this.start();
  }

  /** Starts the server and waits until it accepts connections. */
  async start(): Promise<void> {
    const options = [
      `-p ${this.port}`,
      "-c listen_addresses=127.0.0.1",
      `-c unix_socket_directories=${this.dir}`,
      "-c fsync=off",
      "-c synchronous_commit=off",
      "-c full_page_writes=off",
      "-c max_connections=60",
      "-c shared_buffers=32MB",
    ].join(" ");
    this.pgCtl(["start", "-w", "-t", "60", "-l", path.join(this.dir, "server.log"), "-o", options]);
    for (let i = 0; i < 50 && !(await portOpen(this.port)); i++) await sleep(100);
  }

  /** Stops the server as an administrator would (fast: open sessions are ended, their clients see errors). */
  async stop(): Promise<void> {
    this.pgCtl(["stop", "-w", "-t", "60", "-m", "fast"], { allowFail: true });
  }

  /** Stops the server and deletes the cluster. */
  async destroy(): Promise<void> {
    if (fs.existsSync(path.join(this.dir, "data", "postmaster.pid"))) this.pgCtl(["stop", "-m", "immediate"], { allowFail: true });
    fs.rmSync(this.dir, { recursive: true, force: true });
  }

  log(): string {
    try {
      return fs.readFileSync(path.join(this.dir, "server.log"), "utf8").slice(-4_000);
    } catch {
      return "";
    }
  }

  private pgCtl(args: string[], { allowFail = false } = {}) {
    try {
      this.run(path.join(this.bin, "pg_ctl"), ["-D", path.join(this.dir, "data"), ...args]);
    } catch (err) {
      if (!allowFail) throw new Error(`pg_ctl ${args[0]} failed: ${(err as Error).message}\n${this.log()}`);
    }
  }

  private run(command: string, args: string[]) {
    const opts: ExecFileSyncOptions = { stdio: ["ignore", "pipe", "pipe"], cwd: os.tmpdir(), timeout: 90_000 };
    if (asRoot()) execFileSync("runuser", ["-u", "postgres", "--", command, ...args], opts);
    else execFileSync(command, args, opts);
  }
}

const asRoot = () => process.getuid?.() === 0;

/** Debian's PostgreSQL server binaries (the newest installed version), or PG_BIN. */
function postgresBin(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = "/usr/lib/postgresql";
  const versions = fs.existsSync(root) ? fs.readdirSync(root).filter((v) => fs.existsSync(path.join(root, v, "bin", "initdb"))) : [];
  if (!versions.length) {
    throw new Error("no PostgreSQL server binaries in /usr/lib/postgresql/*/bin (apt-get install -y postgresql), nor PG_BIN set");
  }
  versions.sort((a, b) => Number(b) - Number(a));
  return path.join(root, versions[0], "bin");
}

function postgresUser(): { uid: number; gid: number } {
  const line = fs
    .readFileSync("/etc/passwd", "utf8")
    .split("\n")
    .find((l) => l.startsWith("postgres:"));
  if (!line) throw new Error("running as root, but there is no `postgres` user to run the private PostgreSQL as (apt-get install -y postgresql)");
  const [, , uid, gid] = line.split(":");
  return { uid: Number(uid), gid: Number(gid) };
}

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { answers, startService, waitFor, type Service } from "./process";

/**
 * deploy/nginx.conf, run as it is: only its `listen` line and the upstream's `server` lines are rewritten for the
 * ports in use, and it runs with its relative paths under a prefix of its own (`nginx -p <prefix>`), as its
 * header says. Used by scripts/scale-servers.sh (through scripts/scale-nginx.ts), the fault spec and the bench.
 */
export const NGINX_BIN = process.env.NGINX_BIN || (fs.existsSync("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx");
const DEPLOY = path.resolve(__dirname, "../../deploy");

/** The example config with `listen` on 127.0.0.1:listen and one upstream server line per instance port. */
export function renderNginxConf(source: string, { listen, upstreams }: { listen: number; upstreams: number[] }): string {
  if (!upstreams.length) throw new Error("nginx needs at least one upstream instance");
  const listenLine = /^(\s*)listen\s+[^;]+;/m;
  if (!listenLine.test(source)) throw new Error("deploy/nginx.conf has no `listen` line to rewrite");
  let out = source.replace(listenLine, `$1listen 127.0.0.1:${listen};`);
  // The upstream block's server lines: the first one's indentation and parameters serve for every instance.
  const block = /(upstream\s+dispatch\s*\{[^}]*?)((?:^\s*server\s+[^;]+;[^\n]*\n)+)/m;
  const m = out.match(block);
  if (!m) throw new Error("deploy/nginx.conf has no `server` lines in `upstream dispatch` to rewrite");
  const first = m[2].match(/^(\s*)server\s+\S+([^;]*);/m)!;
  const lines = upstreams.map((p) => `${first[1]}server 127.0.0.1:${p}${first[2]};\n`).join("");
  out = out.replace(block, `$1${lines}`);
  return out;
}

/**
 * A fresh prefix for one nginx (its own folder per listen port under the system's temporary folder) holding the
 * rendered config and the 503 page. Readable by nginx's workers, which run as `nobody` when started by root.
 */
export function prepareNginxPrefix({ listen, upstreams }: { listen: number; upstreams: number[] }): { prefix: string; conf: string } {
  const prefix = path.join(os.tmpdir(), `dispatch-nginx-${listen}`);
  stopLeftover(prefix);
  fs.rmSync(prefix, { recursive: true, force: true });
  for (const dir of [prefix, path.join(prefix, "tmp"), path.join(prefix, "cache")]) {
    fs.mkdirSync(dir, { recursive: true });
    fs.chmodSync(dir, 0o755);
  }
  const conf = path.join(prefix, "nginx.conf");
  fs.writeFileSync(conf, renderNginxConf(fs.readFileSync(path.join(DEPLOY, "nginx.conf"), "utf8"), { listen, upstreams }));
  fs.copyFileSync(path.join(DEPLOY, "unavailable.html"), path.join(prefix, "unavailable.html"));
  fs.chmodSync(path.join(prefix, "unavailable.html"), 0o644);
  return { prefix, conf };
}

/** The arguments that run the prepared config in the foreground (startup errors to stderr, not /var/log). */
export const nginxArgs = (prefix: string, conf: string) => ["-p", `${prefix}/`, "-c", conf, "-e", "stderr", "-g", "daemon off;"];

/** Starts nginx in front of the instances and waits until it answers. */
export async function startNginx(opts: { listen: number; upstreams: number[] }): Promise<Service & { origin: string; prefix: string }> {
  const { prefix, conf } = prepareNginxPrefix(opts);
  const service = startService(`nginx :${opts.listen}`, NGINX_BIN, nginxArgs(prefix, conf));
  const origin = `http://127.0.0.1:${opts.listen}`;
  await waitFor(service, `an answer on ${origin}`, () => answers(`${origin}/_dispatch/none`), 20_000);
  return Object.assign(service, { origin, prefix });
}

/** An nginx left running in this prefix by an earlier, killed run: it is ours (by its pid file), so stop it. */
function stopLeftover(prefix: string) {
  const pidFile = path.join(prefix, "nginx.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").trim());
  if (!pid) return;
  try {
    if (!fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("nginx")) return;
    process.kill(pid, "SIGTERM");
  } catch {
    return; // not running
  }
  // Until it has let go of its port (at most two seconds).
  for (let i = 0; i < 20 && fs.existsSync(`/proc/${pid}`); i++) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
}

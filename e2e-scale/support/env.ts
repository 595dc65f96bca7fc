import { createHash } from "node:crypto";
import path from "node:path";

/**
 * The scale suite's instances, nginx and what they share, from the same environment variables
 * scripts/scale-servers.sh reads, so the suite runs unchanged with other ports, stores or more instances.
 * Every port can be moved (several checkouts, or helpers, on one machine each take their own range).
 */
const port = (name: string, fallback: number) => Number(process.env[name] || fallback);

export const SCALE_PORTS = (process.env.SCALE_PORTS || "3121 3122").trim().split(/\s+/).map(Number);
/** Every instance's origin, in SCALE_PORTS order: the suite writes through one and reads through another. */
export const INSTANCES = SCALE_PORTS.map((p) => `http://127.0.0.1:${p}`);
export const [A, B] = INSTANCES;
/** nginx (deploy/nginx.conf) in front of every instance: the public origin. */
export const NGINX_PORT = port("SCALE_NGINX_PORT", 3120);
export const EDGE = `http://127.0.0.1:${NGINX_PORT}`;

/**
 * The database the instances share: by default a database of its own on the PostgreSQL server the unit suite uses
 * (TEST_DATABASE_URL's), named for this checkout and these ports so parallel checkouts never meet; the servers'
 * script creates it fresh and drops it when it stops. SCALE_DATABASE_URL picks another (file:… for SQLite).
 */
export const PG_SERVER_URL = process.env.TEST_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/test";
const runName = `dispatch_scale_${createHash("sha1").update(`${path.resolve(__dirname, "../..")}|${SCALE_PORTS.join(",")}`).digest("hex").slice(0, 10)}`;
export const SCALE_DATABASE_URL = process.env.SCALE_DATABASE_URL || databaseOn(PG_SERVER_URL, runName);
export const SCALE_REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
export const SCALE_DIST_DIR = process.env.NEXT_DIST_DIR || ".next-scale";
/** Canonical links, feeds and JSON-LD name the public origin, nginx, whichever instance renders them. */
export const SCALE_SITE_URL = process.env.SITE_URL || EDGE;
/** The ticker's polling interval on the scale servers (shorter than production's 15 s to keep the suite quick). */
export const BREAKING_POLL_SECONDS = Number(process.env.BREAKING_POLL_SECONDS || 5);

/** Ports the Redis fault spec uses for an extra instance and a TCP proxy in front of Redis. */
export const EXTRA_PORT = port("SCALE_EXTRA_PORT", 3123);
export const PROXY_PORT = port("SCALE_PROXY_PORT", 3124);

/**
 * The fault spec's own world, which it stops and starts: a private PostgreSQL cluster and a private Redis (never
 * the shared ones others use), two instances on them and an nginx in front.
 */
export const FAULT = {
  instancePorts: [port("SCALE_FAULT_PORT_A", 3125), port("SCALE_FAULT_PORT_B", 3126)],
  nginxPort: port("SCALE_FAULT_NGINX_PORT", 3127),
  postgresPort: port("SCALE_FAULT_PG_PORT", 3150),
  redisPort: port("SCALE_FAULT_REDIS_PORT", 3151),
};

/** The same server URL with another database name (and no options). */
export function databaseOn(serverUrl: string, database: string): string {
  const u = new URL(serverUrl);
  u.pathname = `/${database}`;
  u.search = "";
  return u.toString();
}

/**
 * The scale suite's instances and what they share, from the same environment variables scripts/scale-servers.sh
 * reads (defaults alike), so the suite runs unchanged when PostgreSQL, nginx or more instances are added.
 */
export const SCALE_PORTS = (process.env.SCALE_PORTS || "3121 3122").trim().split(/\s+/).map(Number);
/** Every instance's origin, in SCALE_PORTS order: the suite writes through one and reads through another. */
export const INSTANCES = SCALE_PORTS.map((port) => `http://127.0.0.1:${port}`);
export const [A, B] = INSTANCES;
export const SCALE_DATABASE_URL = process.env.DATABASE_URL || "file:./data/scale.db";
export const SCALE_REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
export const SCALE_DIST_DIR = process.env.NEXT_DIST_DIR || ".next-scale";
export const SCALE_SITE_URL = process.env.SITE_URL || A;
/** The ticker's polling interval on the scale servers (shorter than production's 15 s to keep the suite quick). */
export const BREAKING_POLL_SECONDS = Number(process.env.BREAKING_POLL_SECONDS || 5);
/** Ports the fault specs may use for an extra instance and a TCP proxy in front of Redis. */
export const EXTRA_PORT = Number(process.env.SCALE_EXTRA_PORT || 3123);
export const PROXY_PORT = Number(process.env.SCALE_PROXY_PORT || 3124);

import pg from "pg";
import { displayDbUrl } from "../lib/db/connection";

/**
 * The scale servers' PostgreSQL database (scripts/scale-servers.sh): `reset` drops and creates it empty, `drop`
 * removes it when the servers stop. Only databases named dispatch_scale… are touched, so a DATABASE_URL pointing
 * at real content is refused instead of wiped.
 *
 *   tsx scripts/scale-db.ts reset|drop postgres://user@host:5432/dispatch_scale_…
 */
const OURS = /^dispatch_scale[a-z0-9_]{0,48}$/;

export async function resetScaleDatabase(url: string): Promise<void> {
  const { name, maintenance } = parse(url);
  await onServer(maintenance, async (c) => {
    await c.query(`drop database if exists ${name} with (force)`);
    await c.query(`create database ${name}`);
  });
}

export async function dropScaleDatabase(url: string): Promise<void> {
  const { name, maintenance } = parse(url);
  // WITH (FORCE) ends sessions still open (an instance that has not exited yet); PostgreSQL 13 and later.
  await onServer(maintenance, (c) => c.query(`drop database if exists ${name} with (force)`));
}

function parse(url: string): { name: string; maintenance: string } {
  const u = new URL(url);
  const name = decodeURIComponent(u.pathname.slice(1));
  if (!OURS.test(name)) {
    throw new Error(`refusing to reset or drop ${displayDbUrl(url)}: only databases named dispatch_scale… (lowercase) are the scale suite's`);
  }
  u.pathname = "/postgres";
  u.search = "";
  return { name, maintenance: u.toString() };
}

async function onServer(url: string, run: (c: pg.Client) => Promise<unknown>): Promise<void> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await c.connect();
  try {
    await run(c);
  } finally {
    await c.end();
  }
}

async function main() {
  const [command, url] = process.argv.slice(2);
  if (!url || (command !== "reset" && command !== "drop")) throw new Error("usage: tsx scripts/scale-db.ts reset|drop <postgres url>");
  await (command === "reset" ? resetScaleDatabase(url) : dropScaleDatabase(url));
  console.log(`scale: ${command === "reset" ? "fresh" : "dropped"} database ${displayDbUrl(url)}`);
}

if (require.main === module) {
  main().catch((err) => {
    console.error(`scale: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}

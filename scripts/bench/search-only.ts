import fs from "node:fs";
import { createBenchDb } from "./bench-db";
import { searchLatency, searchLatencyPostgres, searchLatencyTable, type SearchLatency } from "./search-latency";

/**
 * tsx scripts/bench/search-only.ts [sqlite|postgres ...] — the search-latency figures of `npm run bench --
 * search-latency` without a production build or a server: searchArticles on a SQLite database of 100,000
 * generated articles (data/bench-100k.db, kept between runs unless BENCH_SEARCH_FRESH=1, since making it takes
 * minutes) and on a private PostgreSQL of 10,000 (made afresh each run), with the same queries and repetitions.
 */
const SQLITE_FILE = "data/bench-100k.db";
const SQLITE_ARTICLES = 100_000;
const PG_ARTICLES = 10_000;
const REPS = { sqlite: 12, postgres: 30 };

const log = (l: string) => console.log(`bench: ${l}`);

async function main() {
  const args = process.argv.slice(2);
  const want = (store: string) => !args.length || args.includes(store);
  const runs: SearchLatency[] = [];
  if (want("sqlite")) {
    if (process.env.BENCH_SEARCH_FRESH === "1" || !fs.existsSync(SQLITE_FILE)) {
      fs.mkdirSync("data", { recursive: true });
      const quiet = (l: string) => (!/^generated \d+\/\d+$/.test(l) || /^generated \d*0000\//.test(l) ? log(l) : undefined);
      await createBenchDb(SQLITE_FILE, SQLITE_ARTICLES, quiet);
    }
    runs.push(await searchLatency(SQLITE_FILE, SQLITE_ARTICLES, { reps: REPS.sqlite, log }));
  }
  if (want("postgres")) {
    const pg = await searchLatencyPostgres(PG_ARTICLES, { reps: REPS.postgres, log });
    if (pg) runs.push(pg);
  }
  console.log(`\nsearch latency, searchArticles in-process, 10 hits a page:\n${searchLatencyTable(runs)}`);
  for (const r of runs) console.log(`${r.store} ${r.articles}: p50 ${r.p50Ms.toFixed(2)} ms, p95 ${r.p95Ms.toFixed(2)} ms, max ${r.maxMs.toFixed(2)} ms`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exit(1);
});

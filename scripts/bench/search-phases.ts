import { sql } from "kysely";
import { openDb } from "../../lib/db/connection";
import { searchArticles } from "../../lib/search/search";

/**
 * tsx scripts/bench/search-phases.ts <sqlite file> [word ...] — where searchArticles' time goes on SQLite, phase by
 * phase, for one-word queries (default: council, harbour): the bare FTS5 match, the visibility join the count
 * does, a count capped at 1,001, BM25 over every match, the page query as sqlite.ts runs it, and the whole call.
 * Each phase runs once to warm, then once timed; compare phases within one run (the machine is shared).
 * Build a database with createBenchDb (scripts/bench/bench-db.ts), e.g. the 100,000-article one `npm run bench`
 * makes.
 */
async function main() {
  const [file, ...words] = process.argv.slice(2);
  if (!file) throw new Error("usage: tsx scripts/bench/search-phases.ts <sqlite file> [word ...]");
  const db = openDb(`file:${file}`);
  try {
    const now = new Date().toISOString();
    const from = sql`search_fts cross join articles a indexed by articles_search_filter on a.id = search_fts.rowid`;
    const weights = sql.raw("10.0, 4.0, 1.0, 3.0, 3.0");
    for (const word of words.length ? words : ["council", "harbour"]) {
      const m = `"${word.replace(/"/g, '""')}"`;
      const title = `{title} : (${m})`;
      const where = sql`search_fts match ${m} and a.status = 'published' and a.published_at <= ${now}`;
      const phases: [string, () => Promise<unknown>][] = [
        ["match, count", () => sql`select count(*) from search_fts where search_fts match ${m}`.execute(db)],
        ["match + visibility join, count", () => sql`select count(*) from ${from} where ${where}`.execute(db)],
        ["same, count capped at 1,001", () => sql`select count(*) from (select 1 from ${from} where ${where} limit 1001)`.execute(db)],
        ["bm25 over every match, top 10", () => sql`select rowid from search_fts where search_fts match ${m} order by bm25(search_fts, ${weights}) limit 10`.execute(db)],
        [
          "page query as in sqlite.ts",
          () => sql`select a.id from ${from} where ${where}
            order by (search_fts.rowid in (select rowid from search_fts where search_fts match ${title})) desc,
              bm25(search_fts, ${weights}), a.published_at desc, a.id desc limit 10`.execute(db),
        ],
        ["searchArticles, whole", () => searchArticles(db, { q: word })],
      ];
      for (const [label, run] of phases) {
        await run();
        const t = performance.now();
        await run();
        console.log(`${word.padEnd(12)} ${label.padEnd(32)} ${(performance.now() - t).toFixed(1).padStart(7)} ms`);
      }
    }
  } finally {
    await db.destroy();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});

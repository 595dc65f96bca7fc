import { sql } from "kysely";
import { PrivatePostgres } from "../../e2e-scale/support/private-postgres";
import { isPostgresUrl, openDb } from "../../lib/db/connection";
import { generateArticles } from "../../lib/demo/generate";
import { loadDemoContent } from "../../lib/demo/load";
import { migrate } from "../../lib/db/migrations";
import { searchArticles, type SearchInput } from "../../lib/search/search";

/**
 * Search latency measured on the function itself (searchArticles, as the page calls it: count, rank, one page
 * of highlights and summaries) against a bench database, with nothing else running in this process. Each query
 * runs a few times to warm up, then `reps` times; p50/p95 are over every timed run of every query.
 */

/** What readers type, from the generated vocabulary and the demo newsroom: common and rare words, phrases,
 * prefixes, other scripts, operators, filters, misses and junk. */
export const SEARCH_QUERIES: { name: string; input: SearchInput }[] = [
  { name: "common word", input: { q: "council" } },
  { name: "common word 2", input: { q: "harbour" } },
  { name: "two common words", input: { q: "ferry timetable" } },
  { name: "three words", input: { q: "residents budget consultation" } },
  { name: "phrase", input: { q: '"public meeting"' } },
  { name: "prefix", input: { q: "consult*" } },
  { name: "exclusion", input: { q: "budget -ferry" } },
  { name: "or", input: { q: "tram OR causeway" } },
  { name: "rare word", input: { q: "Tideline" } },
  { name: "rare phrase", input: { q: '"whale skeleton"' } },
  { name: "author", input: { q: "Ilse Brandt" } },
  { name: "Cyrillic", input: { q: "наводнение" } },
  { name: "Ukrainian prefix", input: { q: "шко*" } },
  { name: "Persian", input: { q: "کتاب‌فروشی" } },
  { name: "no hit", input: { q: "zzqqxxnotaword" } },
  { name: "no hit, two words", input: { q: "quantum blockchain" } },
  { name: "junk 2,000 chars", input: { q: junk(2000) } },
  { name: "blog filter", input: { q: "council", blog: "the-ledger" } },
  { name: "date range", input: { q: "harbour", from: "2025-01-01", to: "2025-06-30" } },
  { name: "page 5", input: { q: "harbour", page: 5 } },
];

export type QueryTiming = { name: string; q: string; total: number; medianMs: number; p95Ms: number };
export type SearchLatency = {
  /** Absent in results from before PostgreSQL search: SQLite. */
  store?: "sqlite" | "postgres";
  articles: number;
  reps: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  queries: QueryTiming[];
};

/** `dbFileOrUrl`: a SQLite file's path, or a PostgreSQL URL. */
export async function searchLatency(dbFileOrUrl: string, articles: number, { reps, log }: { reps: number; log: (l: string) => void }): Promise<SearchLatency> {
  const store = isPostgresUrl(dbFileOrUrl) ? "postgres" : "sqlite";
  const db = openDb(store === "postgres" ? dbFileOrUrl : `file:${dbFileOrUrl}`);
  try {
    const all: number[] = [];
    const queries: QueryTiming[] = [];
    for (const { name, input } of SEARCH_QUERIES) {
      let total = 0;
      for (let i = 0; i < 3; i++) total = (await searchArticles(db, { pageSize: 10, ...input })).total;
      const samples: number[] = [];
      for (let i = 0; i < reps; i++) {
        const t = performance.now();
        await searchArticles(db, { pageSize: 10, ...input });
        samples.push(performance.now() - t);
      }
      all.push(...samples);
      queries.push({ name, q: input.q.length > 40 ? `${input.q.slice(0, 37)}…` : input.q, total, medianMs: pct(samples, 50), p95Ms: pct(samples, 95) });
      log(`search ${articles} ${store}: ${name.padEnd(18)} ${String(total).padStart(6)} hits, median ${pct(samples, 50).toFixed(2)} ms`);
    }
    return { store, articles, reps, p50Ms: pct(all, 50), p95Ms: pct(all, 95), maxMs: Math.max(...all), queries };
  } finally {
    await db.destroy();
  }
}

/** Port of the private PostgreSQL the search figures use (the scale bench takes 3202-3208). */
const SEARCH_PG_PORT = Number(process.env.BENCH_SEARCH_PG_PORT || 3209);

/**
 * The same figures on PostgreSQL: a private cluster (e2e-scale/support/private-postgres.ts; the shared server is
 * never touched) holding the demo content and `articles` generated articles with the same seed as the SQLite
 * bench database, timed through the same queries, then deleted. Null, with a line in the log, when PostgreSQL's
 * server binaries are not installed.
 */
export async function searchLatencyPostgres(articles: number, { reps, log }: { reps: number; log: (l: string) => void }): Promise<SearchLatency | null> {
  let server: PrivatePostgres;
  try {
    server = new PrivatePostgres(SEARCH_PG_PORT);
  } catch (err) {
    log(`search on PostgreSQL skipped: ${(err as Error).message}`);
    return null;
  }
  await server.create();
  try {
    const url = server.url.replace(/\/postgres$/, "/dispatch");
    const admin = openDb(server.url);
    // The private cluster's locale is C, where PostgreSQL's text search folds the case of ASCII letters only;
    // a UTF-8 character type folds Cyrillic and the rest too, as production databases do.
    await sql`create database dispatch template template0 encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8'`.execute(admin);
    await admin.destroy();
    const db = openDb(url);
    try {
      log(`private PostgreSQL on ${SEARCH_PG_PORT}: migrations, demo content, ${articles} generated articles`);
      await migrate(db);
      await loadDemoContent(db);
      await generateArticles(db, articles, { seed: 1 });
      await sql`analyze`.execute(db);
    } finally {
      await db.destroy();
    }
    return await searchLatency(url, articles, { reps, log });
  } finally {
    await server.destroy();
  }
}

/** The latency runs side by side, one line per query. */
export function searchLatencyTable(runs: SearchLatency[]): string {
  const label = (r: SearchLatency) => `${k(r.articles)}${r.store === "postgres" ? " pg" : ""}`;
  const head = ["query", "q", ...runs.flatMap((r) => [`hits ${label(r)}`, `median ms ${label(r)}`])];
  const rows = SEARCH_QUERIES.map(({ name }, i) => [
    name,
    runs[0]?.queries[i]?.q.replace(/\s+/g, " ") ?? "",
    ...runs.flatMap((r) => [String(r.queries[i]?.total ?? "-"), r.queries[i] ? r.queries[i].medianMs.toFixed(2) : "-"]),
  ]);
  rows.push(["all queries p50", "", ...runs.flatMap((r) => ["", r.p50Ms.toFixed(2)])]);
  rows.push(["all queries p95", "", ...runs.flatMap((r) => ["", r.p95Ms.toFixed(2)])]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i >= 2 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join("  ");
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

const k = (n: number) => (n >= 1000 ? `${Math.round(n / 1000)}k` : String(n));

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

/** Deterministic junk: quotes, operators, brackets, emoji and letters from three scripts. */
function junk(n: number): string {
  const pool = `"*^:(){}-~!@#$%&|\\/<>=?,.;_ ANDORNOTNEAR🎉а寿پ`;
  const chars = Array.from(pool);
  return Array.from({ length: n }, (_, i) => chars[(i * 7919) % chars.length]).join("");
}

/** The benchmark's fixed figures and ports: what every part of `npm run bench` reads. */
export const ARTICLES = 10_000;
export const CONNECTIONS = 50;
export const SECONDS = Number(process.env.BENCH_SECONDS || 8);
export const NEXT_PORT = Number(process.env.BENCH_PORT || 3200);
export const STATIC_PORT = NEXT_PORT + 1;
export const FLOOR_PORT = NEXT_PORT + 2;
export const CHROME_PORT = NEXT_PORT + 3;
export const DB_FILE = "data/bench.db";
export const RESULTS = "bench-results/latest.json";
export const LATENCY_POSTS = 20;
export const SEARCH_DB_FILE = "data/bench-100k.db";
export const SEARCH_BIG = 100_000;
export const SEARCH_REPS = { small: 30, big: 12 };
// Shorter than the default 15 s so 20 posts (each after a random pause of up to one interval) fit in about two
// minutes; the latency scales with it.
export const POLL_SECONDS = 5;
export const LIGHTHOUSE_MODE = "12 mobile (simulated throttling)";

export const log = (l: string) => console.log(`bench: ${l}`);

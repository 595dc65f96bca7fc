import { config, ConfigError } from "../lib/config";
import { displayDbUrl, openDb } from "../lib/db/connection";
import { generateArticles } from "../lib/demo/generate";
import { loadDemoContent } from "../lib/demo/load";
import { migrate } from "../lib/db/migrations";

/**
 * tsx scripts/generate-articles.ts <count> [seed] — adds generated articles to DATABASE_URL for load tests.
 * Migrates and loads the demo newsroom first when it is missing, since generated articles borrow its blogs,
 * authors and images.
 */
async function main() {
  const count = Number(process.argv[2] ?? "1000");
  const seed = Number(process.argv[3] ?? "1");
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
    throw new UsageError("Usage: tsx scripts/generate-articles.ts <count> [seed]   e.g. tsx scripts/generate-articles.ts 10000");
  }
  const { databaseUrl } = config();
  const db = openDb(databaseUrl);
  try {
    await migrate(db, undefined, (l) => console.log(l));
    const authors = await db.selectFrom("authors").select("id").limit(1).execute();
    if (authors.length === 0) {
      console.log("no demo content yet: loading it first");
      await loadDemoContent(db, (l) => console.log(l));
    }
    const started = Date.now();
    const made = await generateArticles(db, count, { seed, log: (l) => console.log(l) });
    console.log(`added ${made} articles to ${displayDbUrl(databaseUrl)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await db.destroy();
  }
}

class UsageError extends Error {}

main().catch((err) => {
  console.error(err instanceof ConfigError || err instanceof UsageError ? err.message : `Generating articles failed: ${err?.message ?? err}`);
  process.exit(1);
});

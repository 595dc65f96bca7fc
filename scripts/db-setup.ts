import { config, ConfigError } from "../lib/config";
import { displayDbUrl, openDb } from "../lib/db/connection";
import { loadDemoContent } from "../lib/demo/load";
import { migrate } from "../lib/db/migrations";

/** npm run db:setup — migrates DATABASE_URL and loads the demo newsroom. Safe to run again. */
async function main() {
  const { databaseUrl } = config();
  const db = openDb(databaseUrl);
  try {
    const { current } = await migrate(db, undefined, (l) => console.log(l));
    console.log(`schema at version ${current}`);
    const demo = await loadDemoContent(db, (l) => console.log(l));
    console.log(`ready: ${displayDbUrl(databaseUrl)} has the demo newsroom (${demo.blogs} blogs, ${demo.authors} authors, ${demo.articles} articles)`);
  } finally {
    await db.destroy();
  }
}

main().catch((err) => {
  console.error(
    err instanceof ConfigError
      ? err.message
      : `Database setup failed: ${err?.message ?? err}\nCheck DATABASE_URL (that the SQLite file is writable, or that the PostgreSQL server is up and the database exists), then run npm run db:setup again.`,
  );
  process.exit(1);
});

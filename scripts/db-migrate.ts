import { config, ConfigError } from "../lib/config";
import { openDb } from "../lib/db/connection";
import { migrate } from "../lib/db/migrations";

/** npm run db:migrate — applies pending migrations to DATABASE_URL. */
async function main() {
  const { databaseUrl } = config();
  const db = openDb(databaseUrl);
  try {
    const { applied, current } = await migrate(db, undefined, (l) => console.log(l));
    console.log(applied.length ? `applied ${applied.length} migration(s); schema at version ${current}` : `schema up to date (version ${current})`);
  } finally {
    await db.destroy();
  }
}

main().catch((err) => {
  console.error(err instanceof ConfigError ? err.message : `Migration failed, nothing from it was kept: ${err?.message ?? err}`);
  process.exit(1);
});

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDb, type Db } from "@/lib/db/connection";
import { migrate } from "@/lib/db/migrations";

/** A migrated database in a fresh temporary SQLite file (a real file, as in production). */
export async function tempDb(): Promise<{ db: Db; file: string; cleanup: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dispatch-test-"));
  const file = path.join(dir, "test.db");
  const db = openDb(`file:${file}`);
  await migrate(db);
  return {
    db,
    file,
    cleanup: async () => {
      await db.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

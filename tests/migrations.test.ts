import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { openDb, type Db } from "@/lib/db/connection";
import { migrate, migrations, type Migration } from "@/lib/db/migrations";

let db: Db;
let dir: string;

function fresh() {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "dispatch-mig-"));
  db = openDb(`file:${path.join(dir, "m.db")}`);
  return db;
}
afterEach(async () => {
  await db.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function tableNames(db: Db) {
  const rows = await sql<{ name: string }>`select name from sqlite_master where type = 'table' order by name`.execute(db);
  return rows.rows.map((r) => r.name);
}

describe("migrations", () => {
  it("apply once, record their versions, and are a no-op the second time", async () => {
    fresh();
    const first = await migrate(db);
    expect(first.applied.map((m) => m.version)).toEqual(migrations.map((m) => m.version));
    expect(await tableNames(db)).toEqual(expect.arrayContaining(["articles", "blogs", "authors", "tags", "images", "article_slugs"]));
    const second = await migrate(db);
    expect(second.applied).toEqual([]);
    expect(second.current).toBe(first.current);
  });

  it("a failing migration leaves the database exactly as it was", async () => {
    fresh();
    await migrate(db);
    const before = await tableNames(db);
    const broken: Migration = {
      version: 999,
      name: "half-done",
      up: async (trx) => {
        await trx.schema.createTable("half_done").addColumn("id", "integer").execute();
        await sql`insert into half_done (id) values (1)`.execute(trx);
        await sql`this is not sql`.execute(trx);
      },
    };
    await expect(migrate(db, [...migrations, broken])).rejects.toThrow();
    expect(await tableNames(db)).toEqual(before);
    const versions = await db.selectFrom("schema_migrations").select("version").execute();
    expect(versions.map((v) => v.version)).not.toContain(999);
  });
});

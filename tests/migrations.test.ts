import { afterEach, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { dialectOf, openDb, type Db } from "@/lib/db/connection";
import { migrate, migrations, type Migration } from "@/lib/db/migrations";
import { tempDbUrl } from "./helpers/temp-db";

let db: Db;
let cleanup: () => Promise<void>;

/** An empty database of the store under test (TEST_STORE). */
async function fresh() {
  const t = await tempDbUrl();
  cleanup = t.cleanup;
  db = openDb(t.url);
  return db;
}
afterEach(async () => {
  await db.destroy();
  await cleanup();
});

async function tableNames(db: Db) {
  const rows =
    dialectOf(db) === "postgres"
      ? await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = current_schema() order by 1`.execute(db)
      : await sql<{ name: string }>`select name from sqlite_master where type = 'table' order by name`.execute(db);
  return rows.rows.map((r) => r.name);
}

describe("migrations", () => {
  it("apply once, record their versions, and are a no-op the second time", async () => {
    await fresh();
    const first = await migrate(db);
    expect(first.applied.map((m) => m.version)).toEqual(migrations.map((m) => m.version));
    expect(first.current).toBe(Math.max(...migrations.map((m) => m.version)));
    expect(await tableNames(db)).toEqual(expect.arrayContaining(["articles", "blogs", "authors", "tags", "images", "article_slugs"]));
    const second = await migrate(db);
    expect(second.applied).toEqual([]);
    expect(second.current).toBe(first.current);
  });

  it("a failing migration leaves the database exactly as it was", async () => {
    await fresh();
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

  it("give new rows the same defaults in both stores", async () => {
    await fresh();
    await migrate(db);
    const at = "2026-01-01T00:00:00.000Z";
    const a = await db
      .insertInto("articles")
      .values({ slug: "defaults", title: "Defaults", updated_at: at, created_at: at } as never)
      .returningAll()
      .executeTakeFirstOrThrow();
    expect(a).toMatchObject({ summary: "", body: "", language: "en", status: "draft", top_story: 0, published_at: null, preview_secret: "" });
    expect(typeof a.id).toBe("number");
    const item = await db
      .insertInto("breaking_items")
      .values({ headline: "h", posted_at: at, updated_at: at } as never)
      .returning(["language", "priority"])
      .executeTakeFirstOrThrow();
    expect(item).toEqual({ language: "en", priority: "breaking" });
    expect(await db.selectFrom("breaking_version").selectAll().execute()).toEqual([{ id: 1, version: 0 }]);
  });

  it("enforce the same constraints in both stores", async () => {
    await fresh();
    await migrate(db);
    const at = "2026-01-01T00:00:00.000Z";
    const article = { title: "T", updated_at: at, created_at: at } as never;
    await db.insertInto("articles").values({ ...(article as object), slug: "one" } as never).execute();
    await expect(db.insertInto("articles").values({ ...(article as object), slug: "one" } as never).execute()).rejects.toThrow();
    await expect(db.insertInto("articles").values({ ...(article as object), slug: "two", status: "gone" } as never).execute()).rejects.toThrow();
    await expect(
      db.insertInto("users").values({ email: "Ana@X.org", name: "Ana", role: "editor", password_hash: "x", created_at: at }).execute(),
    ).rejects.toThrow();
    await expect(
      db.insertInto("article_tags").values({ article_id: 12345, tag_id: 1 }).execute(),
    ).rejects.toThrow(); // foreign keys are on in SQLite too
  });
});

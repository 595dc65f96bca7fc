import { afterEach, expect, it } from "vitest";
import { openDb, type Db } from "@/lib/db/connection";
import { migrate, migrations } from "@/lib/db/migrations";
import { tempDbUrl } from "./helpers/temp-db";

let db: Db;
let cleanup: () => Promise<void>;
afterEach(async () => {
  await db.destroy();
  await cleanup();
});

it("migration 4 gives articles that existed before it a preview secret each, and starts them without revisions", async () => {
  let url: string;
  ({ url, cleanup } = await tempDbUrl());
  db = openDb(url);
  await migrate(db, migrations.filter((m) => m.version < 4));
  const at = "2026-01-01T00:00:00.000Z";
  // Rows as a server before migration 4 wrote them (no preview_secret or created_by_user_id columns yet).
  for (const slug of ["one", "two"]) {
    await db
      .insertInto("articles")
      .values({ slug, title: slug, summary: "", body: "", hero_image_id: null, blog_id: null, language: "en", status: "published", top_story: 0, published_at: at, updated_at: at, created_at: at } as never)
      .execute();
  }
  const result = await migrate(db, migrations.filter((m) => m.version <= 4));
  expect(result.applied.map((m) => m.name)).toContain("revisions");
  const rows = await db.selectFrom("articles").select(["preview_secret", "created_by_user_id"]).execute();
  expect(rows.map((r) => r.preview_secret)).toEqual([expect.stringMatching(/^[A-Za-z0-9_-]{32}$/), expect.stringMatching(/^[A-Za-z0-9_-]{32}$/)]);
  expect(rows[0].preview_secret).not.toBe(rows[1].preview_secret);
  expect(rows.map((r) => r.created_by_user_id)).toEqual([null, null]);
  expect(await db.selectFrom("article_revisions").selectAll().execute()).toEqual([]);
});

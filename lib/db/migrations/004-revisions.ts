import { randomBytes } from "node:crypto";
import { sql, type Kysely } from "kysely";
import type { Dialect } from "../connection";

/**
 * Article revisions (every save of an article's content, with who and when) and, on articles, the preview
 * secret that signs shareable preview links and the newsroom user who created the article.
 * Portable DDL for SQLite and PostgreSQL.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  // SQLite: INTEGER PRIMARY KEY is the auto-numbered rowid. PostgreSQL: an identity column.
  const idType = dialect === "postgres" ? "serial" : "integer";

  await db.schema
    .createTable("article_revisions")
    .addColumn("id", idType, (c) => c.primaryKey())
    .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
    .addColumn("rev", "integer", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("slug", "text", (c) => c.notNull())
    .addColumn("summary", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("body", "text", (c) => c.notNull().defaultTo(""))
    // Image rows a revision points at are never edited in place (a changed hero is a new row), so a restore
    // brings back exactly the picture, alt text and credit of that revision.
    .addColumn("hero_image_id", "integer", (c) => c.references("images.id").onDelete("set null"))
    .addColumn("blog_id", "integer", (c) => c.references("blogs.id").onDelete("set null"))
    .addColumn("language", "text", (c) => c.notNull().defaultTo("en"))
    // Slugs and names rather than ids: a revision stays readable after an author or a tag is deleted.
    .addColumn("authors_json", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("tags_json", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("created_by_label", "text", (c) => c.notNull())
    // No foreign key: the record of who saved stays when the account goes.
    .addColumn("created_by_user_id", "integer")
    .execute();
  // Also what makes two racing saves of one article fail loudly instead of both becoming revision N.
  await db.schema.createIndex("article_revisions_article_rev").unique().on("article_revisions").columns(["article_id", "rev"]).execute();

  await db.schema.alterTable("articles").addColumn("preview_secret", "text", (c) => c.notNull().defaultTo("")).execute();
  await db.schema.alterTable("articles").addColumn("created_by_user_id", "integer").execute();
  await db.schema.createIndex("articles_created_by").on("articles").columns(["created_by_user_id"]).execute();

  // Existing articles get their own secret now, from the same CSPRNG as new ones, in both dialects.
  const rows = await sql<{ id: number }>`select id from articles where preview_secret = ''`.execute(db);
  for (const { id } of rows.rows) {
    await sql`update articles set preview_secret = ${randomBytes(24).toString("base64url")} where id = ${id}`.execute(db);
  }
}

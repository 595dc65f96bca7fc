import { sql, type Kysely } from "kysely";
import type { Dialect } from "../connection";

/** Content tables: images, authors, blogs, tags, articles and their links. Portable DDL for SQLite and PostgreSQL. */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  // SQLite: INTEGER PRIMARY KEY is the auto-numbered rowid. PostgreSQL: an identity column.
  const idType = dialect === "postgres" ? "serial" : "integer";

  await db.schema
    .createTable("images")
    .addColumn("id", idType, (c) => c.primaryKey())
    .addColumn("src", "text", (c) => c.notNull())
    .addColumn("width", "integer", (c) => c.notNull())
    .addColumn("height", "integer", (c) => c.notNull())
    .addColumn("alt", "text", (c) => c.notNull())
    .addColumn("caption", "text")
    .addColumn("credit", "text")
    .execute();

  await db.schema
    .createTable("authors")
    .addColumn("id", idType, (c) => c.primaryKey())
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("bio", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("photo_id", "integer", (c) => c.references("images.id").onDelete("set null"))
    .execute();

  await db.schema
    .createTable("blogs")
    .addColumn("id", idType, (c) => c.primaryKey())
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("about", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("language", "text", (c) => c.notNull().defaultTo("en"))
    .addColumn("cover_image_id", "integer", (c) => c.references("images.id").onDelete("set null"))
    .execute();

  await db.schema
    .createTable("tags")
    .addColumn("id", idType, (c) => c.primaryKey())
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("articles")
    .addColumn("id", idType, (c) => c.primaryKey())
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("summary", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("body", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("hero_image_id", "integer", (c) => c.references("images.id").onDelete("set null"))
    .addColumn("blog_id", "integer", (c) => c.references("blogs.id").onDelete("set null"))
    .addColumn("language", "text", (c) => c.notNull().defaultTo("en"))
    .addColumn("status", "text", (c) =>
      c.notNull().defaultTo("draft").check(sqlIn("status", ["draft", "scheduled", "published", "unpublished"])),
    )
    .addColumn("top_story", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("published_at", "text")
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  // Listings read these indexes newest first; pagination offsets walk the index, never the table.
  await db.schema
    .createIndex("articles_status_published")
    .on("articles")
    .columns(["status", "published_at desc", "id desc"])
    .execute();
  await db.schema
    .createIndex("articles_blog_status_published")
    .on("articles")
    .columns(["blog_id", "status", "published_at desc", "id desc"])
    .execute();

  await db.schema
    .createTable("article_authors")
    .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
    .addColumn("author_id", "integer", (c) => c.notNull().references("authors.id").onDelete("cascade"))
    .addColumn("position", "integer", (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint("article_authors_pk", ["article_id", "author_id"])
    .execute();
  await db.schema.createIndex("article_authors_author").on("article_authors").columns(["author_id", "article_id"]).execute();

  await db.schema
    .createTable("article_tags")
    .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
    .addColumn("tag_id", "integer", (c) => c.notNull().references("tags.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("article_tags_pk", ["article_id", "tag_id"])
    .execute();
  await db.schema.createIndex("article_tags_tag").on("article_tags").columns(["tag_id", "article_id"]).execute();

  await db.schema
    .createTable("article_slugs")
    .addColumn("slug", "text", (c) => c.primaryKey())
    .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
    .execute();
}

function sqlIn(column: string, values: string[]) {
  return sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;
}

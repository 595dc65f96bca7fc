import { sql } from "kysely";
import type { Db } from "../db/connection";
import { hydrate, summaryColumns, visible } from "./articles";
import type { ArticleSummary } from "./types";

/**
 * Related stories for an article page: the published articles that share the most tags with it, then those in
 * its section (its blog, or the news section for an article without one), newest first among equals. Never the
 * article itself, never anything a reader may not see (the one `visible()` filter).
 */
export const RELATED_LIMIT = 5;

export type RelatedOf = { id: number; blogId: number | null };

/**
 * One ranking query, then the usual three hydration queries whatever the count. Candidates are every article
 * sharing a tag (counted with the article_tags (tag_id, article_id) index) plus only the newest few of the same
 * section, so a blog with a hundred thousand posts never has all of them scored.
 */
export async function relatedArticles(
  db: Db,
  of: RelatedOf,
  { limit = RELATED_LIMIT, now = new Date() }: { limit?: number; now?: Date } = {},
): Promise<ArticleSummary[]> {
  const n = Math.max(0, Math.min(Math.floor(limit), 20));
  if (n === 0) return [];
  const myTags = db.selectFrom("article_tags").select("article_tags.tag_id").where("article_tags.article_id", "=", of.id);
  const byTag = db
    .selectFrom("article_tags")
    .select((eb) => ["article_tags.article_id as id", eb.fn.countAll<number>().as("shared")])
    .where("article_tags.tag_id", "in", myTags)
    .groupBy("article_tags.article_id");
  const sameSection = db
    .selectFrom("articles")
    .select(["articles.id as id", sql<number>`0`.as("shared")])
    .where(visible(now))
    .where("articles.id", "<>", of.id)
    .where("articles.blog_id", of.blogId === null ? "is" : "=", of.blogId)
    .orderBy("articles.published_at", "desc")
    .orderBy("articles.id", "desc")
    .limit(n);
  // A compound SELECT may not carry its own LIMIT in SQLite: the section's newest few sit in a derived table.
  const candidates = byTag.unionAll(db.selectFrom(sameSection.as("s")).select(["s.id", "s.shared"]));

  const rows = await db
    .selectFrom(candidates.as("c"))
    .innerJoin("articles", "articles.id", "c.id")
    .select((eb) => [
      ...summaryColumns,
      eb.fn.max("c.shared").as("shared"),
      eb
        .case()
        .when("articles.blog_id", of.blogId === null ? "is" : "=", of.blogId)
        .then(1)
        .else(0)
        .end()
        .as("same_section"),
    ])
    .where(visible(now))
    .where("articles.id", "<>", of.id)
    .groupBy("articles.id")
    .orderBy("shared", "desc")
    .orderBy("same_section", "desc")
    .orderBy("articles.published_at", "desc")
    .orderBy("articles.id", "desc")
    .limit(n)
    .execute();
  return hydrate(db, rows);
}

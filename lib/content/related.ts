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

/** Per tag, only its newest this-many articles are candidates, so a tag on 100,000 articles costs what a small one does. */
const TAG_WINDOW = 200;
/** Tags beyond this many (an over-tagged article) are not looked at. */
const MAX_TAGS = 12;

/**
 * Two small queries, then the usual three hydration queries whatever the count: the article's tag ids, then one
 * ranking query. Its candidates are, per tag, the newest articles carrying it (walking the article_tags
 * (tag_id, article_id) index backwards, newest ids first) and the newest few of the same section; grouped, each
 * candidate's row count is the number of tags it shares. So an old article sharing many tags can lose to recent
 * ones once a tag has more than TAG_WINDOW articles: for news, that is the better list anyway.
 */
export async function relatedArticles(
  db: Db,
  of: RelatedOf,
  { limit = RELATED_LIMIT, now = new Date() }: { limit?: number; now?: Date } = {},
): Promise<ArticleSummary[]> {
  const n = Math.max(0, Math.min(Math.floor(limit), 20));
  if (n === 0) return [];
  const tagIds = (
    await db.selectFrom("article_tags").select("tag_id").where("article_id", "=", of.id).orderBy("tag_id").limit(MAX_TAGS).execute()
  ).map((r) => r.tag_id);

  // SQLite allows no LIMIT on a compound SELECT's parts: each window sits in a derived table.
  const byTag = tagIds.map((tagId) =>
    db
      .selectFrom(
        db
          .selectFrom("article_tags")
          .select("article_tags.article_id as id")
          .where("article_tags.tag_id", "=", tagId)
          .where("article_tags.article_id", "<>", of.id)
          .orderBy("article_tags.article_id", "desc")
          .limit(TAG_WINDOW)
          .as("w"),
      )
      .select(["w.id", sql<number>`1`.as("shared")]),
  );
  const sameSection = db.selectFrom(
    db
      .selectFrom("articles")
      .select("articles.id as id")
      .where(visible(now))
      .where("articles.id", "<>", of.id)
      .where("articles.blog_id", of.blogId === null ? "is" : "=", of.blogId)
      .orderBy("articles.published_at", "desc")
      .orderBy("articles.id", "desc")
      .limit(n)
      .as("s"),
  ).select(["s.id", sql<number>`0`.as("shared")]);
  const candidates = byTag.reduce((all, q) => all.unionAll(q), sameSection);

  const rows = await db
    .selectFrom(candidates.as("c"))
    .innerJoin("articles", "articles.id", "c.id")
    .select((eb) => [
      ...summaryColumns,
      eb.fn.sum<number>("c.shared").as("shared"),
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

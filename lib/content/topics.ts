import type { Db } from "../db/connection";
import { pageArticles, visible } from "./articles";
import type { ArticleSummary, Page, Tag } from "./types";

/**
 * Topics: a tag seen by readers, at /tags/<slug>. A tag exists for readers only while at least one published
 * article carries it, so a tag used only by drafts (or by unpublished or scheduled articles) never reveals
 * itself through its page, its feed or the sitemap.
 */
export type Topic = Tag & { description: string; articleCount: number };

type Scope = { now?: Date };

/** The tag with its description and published-article count, or null when it is unknown or has none published. */
export async function getTopic(db: Db, slug: string, { now = new Date() }: Scope = {}): Promise<(Topic & { id: number }) | null> {
  const row = await db
    .selectFrom("tags")
    .innerJoin("article_tags", "article_tags.tag_id", "tags.id")
    .innerJoin("articles", "articles.id", "article_tags.article_id")
    .where("tags.slug", "=", slug)
    .where(visible(now))
    .select((eb) => ["tags.id", "tags.slug", "tags.name", "tags.description", eb.fn.countAll<number>().as("count")])
    .groupBy(["tags.id", "tags.slug", "tags.name", "tags.description"])
    .executeTakeFirst();
  return row ? { id: row.id, slug: row.slug, name: row.name, description: row.description, articleCount: Number(row.count) } : null;
}

/** One page of a topic's published articles, newest first (the listing query every other list uses). */
export function pageTopicArticles(db: Db, tagId: number, page: number, pageSize: number, scope: Scope = {}): Promise<Page<ArticleSummary>> {
  return pageArticles(db, { tagId, page, pageSize }, scope);
}

/** Every topic with published articles and when its newest one changed, for the sitemap of section pages. */
export async function listTopics(db: Db, { now = new Date() }: Scope = {}): Promise<(Topic & { lastModified: string })[]> {
  const rows = await db
    .selectFrom("tags")
    .innerJoin("article_tags", "article_tags.tag_id", "tags.id")
    .innerJoin("articles", "articles.id", "article_tags.article_id")
    .where(visible(now))
    .select((eb) => [
      "tags.slug",
      "tags.name",
      "tags.description",
      eb.fn.countAll<number>().as("count"),
      eb.fn.max("articles.updated_at").as("last_modified"),
    ])
    .groupBy(["tags.id", "tags.slug", "tags.name", "tags.description"])
    .orderBy("tags.slug")
    .execute();
  return rows.map((r) => ({
    slug: r.slug,
    name: r.name,
    description: r.description,
    articleCount: Number(r.count),
    lastModified: String(r.last_modified),
  }));
}

/** Sets a tag's description ("" removes it). Returns false when no tag has that slug. */
export async function setTopicDescription(db: Db, slug: string, description: string): Promise<boolean> {
  const res = await db.updateTable("tags").set({ description: description.trim() }).where("slug", "=", slug).executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

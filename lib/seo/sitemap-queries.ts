import { sql } from "kysely";
import { visible } from "../content/articles";
import type { Db } from "../db/connection";
import { editionList } from "../editions/registry";
import { editionOfLanguage } from "../editions/paths";
import { authorPath, blogPath, homePath, newsPath, topicPath } from "../urls";
import { maxNewsUrls, monthRange, newsWindowHours, type MonthCount } from "./sitemap-xml";

/**
 * What the sitemaps list, read through `visible()` (published, and not scheduled for later), so a draft, a
 * scheduled or an unpublished article is never announced. `lastModified` is always the article's updated_at.
 */
type Scope = { now?: Date };

/** Published articles per calendar month (UTC), newest month first, with each month's latest change. */
export async function articleMonths(db: Db, { now = new Date() }: Scope = {}): Promise<MonthCount[]> {
  // ISO-8601 text in both stores: the first seven characters are the month.
  const month = sql<string>`substr(articles.published_at, 1, 7)`;
  const rows = await db
    .selectFrom("articles")
    .where(visible(now))
    .select((eb) => [month.as("month"), eb.fn.countAll<number>().as("count"), eb.fn.max("articles.updated_at").as("last_modified")])
    .groupBy(month)
    .orderBy(month, "desc")
    .execute();
  return rows.map((r) => ({ month: r.month, count: Number(r.count), lastModified: String(r.last_modified) }));
}

/**
 * One month's articles, oldest first, from `offset`: a stable order, so an article stays in the same part of a
 * split month as newer ones arrive. A range on published_at (not substr) lets the store use its index.
 */
export async function articlesInMonth(
  db: Db,
  month: string,
  { offset = 0, limit }: { offset?: number; limit: number },
  { now = new Date() }: Scope = {},
): Promise<{ id: number; slug: string; language: string; lastModified: string }[]> {
  const { from, to } = monthRange(month);
  const rows = await db
    .selectFrom("articles")
    .where(visible(now))
    .where("articles.published_at", ">=", from)
    .where("articles.published_at", "<", to)
    .select(["articles.id", "articles.slug", "articles.language", "articles.updated_at"])
    .orderBy("articles.published_at")
    .orderBy("articles.id")
    .limit(limit)
    .offset(offset)
    .execute();
  return rows.map((r) => ({ id: r.id, slug: r.slug, language: r.language, lastModified: r.updated_at }));
}

export type NewsArticle = { slug: string; title: string; language: string; publishedAt: string };

/** Articles published in the last 48 hours (at most 1,000, newest first): the news sitemap. */
export async function recentArticles(db: Db, { now = new Date() }: Scope = {}): Promise<NewsArticle[]> {
  const since = new Date(now.getTime() - newsWindowHours * 3600_000).toISOString();
  const rows = await db
    .selectFrom("articles")
    .where(visible(now))
    .where("articles.published_at", ">=", since)
    .select(["articles.slug", "articles.title", "articles.language", "articles.published_at"])
    .orderBy("articles.published_at", "desc")
    .orderBy("articles.id", "desc")
    .limit(maxNewsUrls)
    .execute();
  return rows.map((r) => ({ slug: r.slug, title: r.title, language: r.language, publishedAt: String(r.published_at) }));
}

/** Rows per (slug, language) folded into one page per (slug, edition), with the latest change among them. */
function perEdition(rows: { slug: string; language: string; m: unknown }[], path: (slug: string, edition: string) => string): SectionPage[] {
  const pages = new Map<string, SectionPage>();
  for (const r of rows) {
    const p = path(r.slug, editionOfLanguage(r.language).code);
    const m = r.m === null || r.m === undefined ? undefined : String(r.m);
    const seen = pages.get(p);
    if (!seen || (m && (!seen.lastModified || m > seen.lastModified))) pages.set(p, { path: p, lastModified: m });
  }
  return [...pages.values()];
}

/** A section page and the latest change among the articles it lists (absent when it lists none). */
export type SectionPage = { path: string; lastModified?: string };

/**
 * The pages that lead to articles: home, /news, /blogs, every blog, every author and topic with published
 * articles (an author or topic page with none is thin, and a topic with none is a 404). Page 1 of each only:
 * archive pages shift as stories arrive, and the month sitemaps already list every article.
 */
export async function sectionPages(db: Db, scope: Scope = {}): Promise<SectionPage[]> {
  const now = scope.now ?? new Date();
  const [all, news, blogs, blogRows, authors, topics] = await Promise.all([
    db.selectFrom("articles").where(visible(now)).select((eb) => eb.fn.max("articles.updated_at").as("m")).executeTakeFirst(),
    db
      .selectFrom("articles")
      .where(visible(now))
      .where("articles.blog_id", "is", null)
      .select((eb) => eb.fn.max("articles.updated_at").as("m"))
      .executeTakeFirst(),
    db.selectFrom("blogs").select(["id", "slug", "language"]).orderBy("slug").execute(),
    db
      .selectFrom("articles")
      .where(visible(now))
      .where("articles.blog_id", "is not", null)
      .select((eb) => ["articles.blog_id", eb.fn.max("articles.updated_at").as("m")])
      .groupBy("articles.blog_id")
      .execute(),
    db
      .selectFrom("authors")
      .innerJoin("article_authors", "article_authors.author_id", "authors.id")
      .innerJoin("articles", "articles.id", "article_authors.article_id")
      .where(visible(now))
      .select((eb) => ["authors.slug", "articles.language", eb.fn.max("articles.updated_at").as("m")])
      .groupBy(["authors.id", "authors.slug", "articles.language"])
      .orderBy("authors.slug")
      .execute(),
    db
      .selectFrom("tags")
      .innerJoin("article_tags", "article_tags.tag_id", "tags.id")
      .innerJoin("articles", "articles.id", "article_tags.article_id")
      .where(visible(now))
      .select((eb) => ["tags.slug", "articles.language", eb.fn.max("articles.updated_at").as("m")])
      .groupBy(["tags.id", "tags.slug", "articles.language"])
      .orderBy("tags.slug")
      .execute(),
  ]);
  const text = (v: unknown) => (v === null || v === undefined ? undefined : String(v));
  const byBlog = new Map(blogRows.map((r) => [r.blog_id, text(r.m)]));
  const blogLatest = blogRows.map((r) => text(r.m)).filter((x): x is string => !!x).sort().at(-1);
  return [
    { path: "/", lastModified: text(all?.m) },
    { path: "/news", lastModified: text(news?.m) },
    { path: "/blogs", lastModified: blogLatest },
    // The other editions' front pages and news sections (their author and topic pages are not listed yet).
    ...editionList.filter((e) => !e.isDefault).flatMap((e) => [{ path: homePath(e.code) }, { path: newsPath(e.code) }]),
    ...blogs.map((b) => ({ path: blogPath(b.slug, b.language), lastModified: byBlog.get(b.id) })),
    // An author's or a topic's page in each edition that has stories of theirs (elsewhere it is a 404).
    ...perEdition(authors, (slug, code) => authorPath(slug, code)),
    ...perEdition(topics, (slug, code) => topicPath(slug, code)),
  ];
}

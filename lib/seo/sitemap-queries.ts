import { sql, type ExpressionBuilder } from "kysely";
import { visible } from "../content/articles";
import type { Db } from "../db/connection";
import type { Database } from "../db/schema";
import { editionLanguages, editionList } from "../editions/registry";
import { authorPath, blogPath, blogsPath, homePath, newsPath, topicPath } from "../urls";
import { maxNewsUrls, monthRange, newsWindowHours, type MonthCount } from "./sitemap-xml";

/**
 * What the sitemaps list, read through `visible()` (published, and not scheduled for later), so a draft, a
 * scheduled or an unpublished article is never announced. `lastModified` is always the article's updated_at.
 *
 * `edition` (a code from lib/editions/registry.ts) keeps a read to that edition's articles, in SQL: its own
 * language, or for the default edition every language that is not another edition's (decision 029). Without it,
 * every edition's.
 */
type Scope = { now?: Date; edition?: string };

/** An edition's languages: its own (`only`), or those it leaves to other editions (`except`); null for every edition's. */
const languagesOf = (edition: string | undefined) => (edition === undefined ? null : editionLanguages(edition));

/** A condition keeping articles to the edition's languages (always true without an edition). */
function articlesOf(edition: string | undefined) {
  const langs = languagesOf(edition);
  return (eb: ExpressionBuilder<Database, "articles">) => {
    if (langs && "only" in langs) return eb("articles.language", "=", langs.only);
    return langs?.except.length ? eb("articles.language", "not in", langs.except) : eb.and([]);
  };
}

/** The same for blogs: a blog belongs to the edition of its language, as an article does. */
function blogsOf(edition: string | undefined) {
  const langs = languagesOf(edition);
  return (eb: ExpressionBuilder<Database, "blogs">) => {
    if (langs && "only" in langs) return eb("blogs.language", "=", langs.only);
    return langs?.except.length ? eb("blogs.language", "not in", langs.except) : eb.and([]);
  };
}

/** Published articles per calendar month (UTC), newest month first, with each month's latest change. */
export async function articleMonths(db: Db, { now = new Date(), edition }: Scope = {}): Promise<MonthCount[]> {
  // ISO-8601 text in both stores: the first seven characters are the month.
  const month = sql<string>`substr(articles.published_at, 1, 7)`;
  const rows = await db
    .selectFrom("articles")
    .where(visible(now))
    .where(articlesOf(edition))
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
  { now = new Date(), edition }: Scope = {},
): Promise<{ id: number; slug: string; language: string; lastModified: string }[]> {
  const { from, to } = monthRange(month);
  const rows = await db
    .selectFrom("articles")
    .where(visible(now))
    .where(articlesOf(edition))
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
export async function recentArticles(db: Db, { now = new Date(), edition }: Scope = {}): Promise<NewsArticle[]> {
  const since = new Date(now.getTime() - newsWindowHours * 3600_000).toISOString();
  const rows = await db
    .selectFrom("articles")
    .where(visible(now))
    .where(articlesOf(edition))
    .where("articles.published_at", ">=", since)
    .select(["articles.slug", "articles.title", "articles.language", "articles.published_at"])
    .orderBy("articles.published_at", "desc")
    .orderBy("articles.id", "desc")
    .limit(maxNewsUrls)
    .execute();
  return rows.map((r) => ({ slug: r.slug, title: r.title, language: r.language, publishedAt: String(r.published_at) }));
}

/** A section page and the latest change among the articles it lists (absent when it lists none). */
export type SectionPage = { path: string; lastModified?: string };

/**
 * The pages that lead to an edition's articles: its home, news section and blogs index, its blogs, and every
 * author and topic with published articles in it (an author's or a topic's page with none in an edition is a 404
 * there). Page 1 of each only: archive pages shift as stories arrive, and the month sitemaps list every article.
 * Without `edition`, every edition's pages, the default edition's first.
 */
export async function sectionPages(db: Db, { now = new Date(), edition }: Scope = {}): Promise<SectionPage[]> {
  if (edition === undefined) {
    const sets = await Promise.all(editionList.map((e) => sectionPages(db, { now, edition: e.code })));
    return sets.flat();
  }
  const code = edition;
  const text = (v: unknown) => (v === null || v === undefined ? undefined : String(v));
  const [all, news, blogs, blogRows, authors, topics] = await Promise.all([
    db
      .selectFrom("articles")
      .where(visible(now))
      .where(articlesOf(code))
      .select((eb) => eb.fn.max("articles.updated_at").as("m"))
      .executeTakeFirst(),
    db
      .selectFrom("articles")
      .where(visible(now))
      .where(articlesOf(code))
      .where("articles.blog_id", "is", null)
      .select((eb) => eb.fn.max("articles.updated_at").as("m"))
      .executeTakeFirst(),
    db.selectFrom("blogs").where(blogsOf(code)).select(["id", "slug", "language"]).orderBy("slug").execute(),
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
      .where(articlesOf(code))
      .select((eb) => ["authors.slug", eb.fn.max("articles.updated_at").as("m")])
      .groupBy(["authors.id", "authors.slug"])
      .orderBy("authors.slug")
      .execute(),
    db
      .selectFrom("tags")
      .innerJoin("article_tags", "article_tags.tag_id", "tags.id")
      .innerJoin("articles", "articles.id", "article_tags.article_id")
      .where(visible(now))
      .where(articlesOf(code))
      .select((eb) => ["tags.slug", eb.fn.max("articles.updated_at").as("m")])
      .groupBy(["tags.id", "tags.slug"])
      .orderBy("tags.slug")
      .execute(),
  ]);
  // A blog's stories are its own, whatever their language: it is listed by the blog's language (its edition).
  const byBlog = new Map(blogRows.map((r) => [r.blog_id, text(r.m)]));
  const blogLatest = blogs.map((b) => byBlog.get(b.id)).filter((x): x is string => !!x).sort().at(-1);
  return [
    { path: homePath(code), lastModified: text(all?.m) },
    { path: newsPath(code), lastModified: text(news?.m) },
    { path: blogsPath(code), lastModified: blogLatest },
    ...blogs.map((b) => ({ path: blogPath(b.slug, b.language), lastModified: byBlog.get(b.id) })),
    ...authors.map((a) => ({ path: authorPath(a.slug, code), lastModified: text(a.m) })),
    ...topics.map((t) => ({ path: topicPath(t.slug, code), lastModified: text(t.m) })),
  ];
}

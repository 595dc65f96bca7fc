import type { Db } from "../db/connection";
import type { ExpressionBuilder } from "kysely";
import type { Database } from "../db/schema";
import { editionLanguages } from "../editions/registry";
import { imagesById } from "./images";
import type { Article, ArticleStatus, ArticleSummary, AuthorRef, BlogRef, Page, Tag } from "./types";

/**
 * Article queries: every read of the article aggregate, and the slug move the writes share. Public reads go
 * through `visible()`, the single definition of what a reader may see. Every write of an article (the
 * newsroom's, the demo loader's, the generator's) goes through article-writes.ts, publishing.ts and
 * revisions.ts, validated and with a revision.
 */

type Scope = { now?: Date };

/** The one definition of what readers may see: published, and not scheduled for later. Use as `.where(visible(now))`. */
export function visible(now: Date) {
  return (eb: ExpressionBuilder<Database, "articles">) =>
    eb.and([eb("articles.status", "=", "published"), eb("articles.published_at", "<=", now.toISOString())]);
}

/** The columns `hydrate` needs; exported for other query modules (related.ts) that rank articles their own way. */
export const summaryColumns = [
  "articles.id",
  "articles.slug",
  "articles.title",
  "articles.summary",
  "articles.language",
  "articles.published_at",
  "articles.updated_at",
  "articles.hero_image_id",
  "articles.blog_id",
] as const;

export type SummaryRow = {
  id: number;
  slug: string;
  title: string;
  summary: string;
  language: string;
  published_at: string | null;
  updated_at: string;
  hero_image_id: number | null;
  blog_id: number | null;
};

/** Turns rows into summaries with their blog, authors and hero image, in three queries whatever the count. */
export async function hydrate(db: Db, rows: SummaryRow[]): Promise<ArticleSummary[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const blogIds = [...new Set(rows.map((r) => r.blog_id).filter((x): x is number => x !== null))];
  const [images, blogs, authorRows] = await Promise.all([
    imagesById(db, rows.map((r) => r.hero_image_id)),
    blogIds.length
      ? db.selectFrom("blogs").select(["id", "slug", "title"]).where("id", "in", blogIds).execute()
      : Promise.resolve([]),
    db
      .selectFrom("article_authors")
      .innerJoin("authors", "authors.id", "article_authors.author_id")
      .select(["article_authors.article_id", "authors.slug", "authors.name"])
      .where("article_authors.article_id", "in", ids)
      .orderBy("article_authors.position")
      .execute(),
  ]);
  const blogMap = new Map<number, BlogRef>(blogs.map((b) => [b.id, { slug: b.slug, title: b.title }]));
  const authorsByArticle = new Map<number, AuthorRef[]>();
  for (const a of authorRows) {
    const list = authorsByArticle.get(a.article_id) ?? [];
    list.push({ slug: a.slug, name: a.name });
    authorsByArticle.set(a.article_id, list);
  }
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    title: r.title,
    summary: r.summary,
    language: r.language,
    publishedAt: r.published_at,
    updatedAt: r.updated_at,
    heroImage: r.hero_image_id ? (images.get(r.hero_image_id) ?? null) : null,
    blog: r.blog_id ? (blogMap.get(r.blog_id) ?? null) : null,
    authors: authorsByArticle.get(r.id) ?? [],
  }));
}

async function tagsOf(db: Db, articleId: number): Promise<Tag[]> {
  return db
    .selectFrom("article_tags")
    .innerJoin("tags", "tags.id", "article_tags.tag_id")
    .select(["tags.slug", "tags.name"])
    .where("article_tags.article_id", "=", articleId)
    .orderBy("tags.name")
    .execute();
}

async function loadArticle(db: Db, where: { slug: string } | { id: number }, publicOnly: boolean, now: Date): Promise<Article | null> {
  let q = db.selectFrom("articles").select([...summaryColumns, "articles.body", "articles.status", "articles.top_story"]);
  q = "slug" in where ? q.where("articles.slug", "=", where.slug) : q.where("articles.id", "=", where.id);
  if (publicOnly) q = q.where(visible(now));
  const row = await q.executeTakeFirst();
  if (!row) return null;
  const [summary] = await hydrate(db, [row]);
  return { ...summary, body: row.body, status: row.status as ArticleStatus, topStory: row.top_story === 1, tags: await tagsOf(db, row.id) };
}

/** A published article by its current slug, or null (drafts, scheduled and unpublished articles are never returned). */
export function getPublishedArticle(db: Db, slug: string, { now = new Date() }: Scope = {}): Promise<Article | null> {
  return loadArticle(db, { slug }, true, now);
}

/** Any article by id, whatever its status: for the newsroom and previews only, never for public pages. */
export function getArticleById(db: Db, id: number): Promise<Article | null> {
  return loadArticle(db, { id }, false, new Date());
}

export type SlugResolution = { kind: "article"; article: Article } | { kind: "moved"; slug: string; language: string } | { kind: "missing" };

/** Resolves a requested slug: the published article, a redirect target when the slug is an old one, or missing. */
export async function resolveArticleSlug(db: Db, slug: string, scope: Scope = {}): Promise<SlugResolution> {
  const now = scope.now ?? new Date();
  const article = await getPublishedArticle(db, slug, { now });
  if (article) return { kind: "article", article };
  const q = db
    .selectFrom("article_slugs")
    .innerJoin("articles", "articles.id", "article_slugs.article_id")
    .select(["articles.slug", "articles.language"])
    .where("article_slugs.slug", "=", slug)
    .where(visible(now));
  const moved = await q.executeTakeFirst();
  return moved ? { kind: "moved", slug: moved.slug, language: moved.language } : { kind: "missing" };
}

export type ListFilter = {
  blogId?: number;
  /** Only articles that belong to no blog: the news section. */
  newsOnly?: boolean;
  authorId?: number;
  tagId?: number;
  topStories?: boolean;
  excludeIds?: number[];
  /** Only the articles of this edition (its code; lib/editions/registry.ts). */
  edition?: string;
};

function listQuery(db: Db, f: ListFilter, now: Date) {
  let q = db.selectFrom("articles").where(visible(now));
  if (f.blogId !== undefined) q = q.where("articles.blog_id", "=", f.blogId);
  if (f.newsOnly) q = q.where("articles.blog_id", "is", null);
  if (f.topStories) q = q.where("articles.top_story", "=", 1);
  if (f.excludeIds?.length) q = q.where("articles.id", "not in", f.excludeIds);
  if (f.edition !== undefined) {
    const langs = editionLanguages(f.edition);
    if ("only" in langs) q = q.where("articles.language", "=", langs.only);
    else if (langs.except.length) q = q.where("articles.language", "not in", langs.except);
  }
  if (f.authorId !== undefined)
    q = q.where("articles.id", "in", db.selectFrom("article_authors").select("article_id").where("author_id", "=", f.authorId));
  if (f.tagId !== undefined)
    q = q.where("articles.id", "in", db.selectFrom("article_tags").select("article_id").where("tag_id", "=", f.tagId));
  return q;
}

/** The newest published articles matching the filter. */
export async function listArticles(db: Db, f: ListFilter & { limit: number }, { now = new Date() }: Scope = {}): Promise<ArticleSummary[]> {
  const rows = await listQuery(db, f, now)
    .select([...summaryColumns])
    .orderBy("articles.published_at", "desc")
    .orderBy("articles.id", "desc")
    .limit(f.limit)
    .execute();
  return hydrate(db, rows);
}

/**
 * One page of a listing, newest first. Deep pages stay fast: the offset walks the covering index
 * (status, blog, published_at, id) to find the page's ids, then only those rows are read.
 */
export async function pageArticles(
  db: Db,
  f: ListFilter & { page: number; pageSize: number },
  { now = new Date() }: Scope = {},
): Promise<Page<ArticleSummary>> {
  const page = Math.max(1, Math.floor(f.page));
  const countRow = await listQuery(db, f, now)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  const total = Number(countRow.n);
  const idRows = await listQuery(db, f, now)
    .select("articles.id")
    .orderBy("articles.published_at", "desc")
    .orderBy("articles.id", "desc")
    .limit(f.pageSize)
    .offset((page - 1) * f.pageSize)
    .execute();
  const ids = idRows.map((r) => r.id);
  const rows = ids.length
    ? await db.selectFrom("articles").select([...summaryColumns]).where("articles.id", "in", ids).execute()
    : [];
  const order = new Map(ids.map((id, i) => [id, i]));
  rows.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return { items: await hydrate(db, rows), page, pageCount: Math.max(1, Math.ceil(total / f.pageSize)), total, pageSize: f.pageSize };
}

/** Articles with their bodies, for feeds. */
export async function listArticlesWithBody(
  db: Db,
  f: ListFilter & { limit: number },
  scope: Scope = {},
): Promise<(ArticleSummary & { body: string })[]> {
  const items = await listArticles(db, f, scope);
  if (items.length === 0) return [];
  const bodies = await db.selectFrom("articles").select(["id", "body"]).where("id", "in", items.map((i) => i.id)).execute();
  const byId = new Map(bodies.map((b) => [b.id, b.body]));
  return items.map((i) => ({ ...i, body: byId.get(i.id) ?? "" }));
}

/** Renames an article's slug; the old slug keeps redirecting to the new one. */
export async function changeArticleSlug(db: Db, id: number, newSlug: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await moveArticleSlug(trx, id, newSlug, { keepOld: true, now: new Date() });
  });
}

/**
 * The slug move inside the caller's transaction. With `keepOld`, the old slug redirects to the article (for
 * articles readers may have linked to). Going back to one of its own old slugs ends that redirect, since the
 * slug names the page again; another article's old slug is never removed here (the writes refuse such a slug:
 * requireFreeSlug in article-writes.ts), so its redirect outlives any attempt to take it.
 */
export async function moveArticleSlug(trx: Db, id: number, newSlug: string, { keepOld, now }: { keepOld: boolean; now: Date }): Promise<void> {
  const current = await trx.selectFrom("articles").select("slug").where("id", "=", id).executeTakeFirstOrThrow();
  if (current.slug === newSlug) return;
  await trx
    .deleteFrom("article_slugs")
    .where((eb) => eb.or([eb("slug", "=", current.slug), eb.and([eb("slug", "=", newSlug), eb("article_id", "=", id)])]))
    .execute();
  if (keepOld) await trx.insertInto("article_slugs").values({ slug: current.slug, article_id: id }).execute();
  await trx.updateTable("articles").set({ slug: newSlug, updated_at: now.toISOString() }).where("id", "=", id).execute();
}

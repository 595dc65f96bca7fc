import { sql } from "kysely";
import type { Db } from "../db/connection";
import { editionLanguages } from "../editions/registry";
import { newPreviewSecret } from "./preview-secrets";
import { getArticleById } from "./articles";
import type { Article, ArticleStatus, BlogRef } from "./types";

/**
 * The newsroom's reads of articles: every status, with what only staff may see (who created it, the preview
 * secret). Never use these for public pages; those go through `visible()` in articles.ts.
 */

export type NewsroomArticleRow = {
  id: number;
  slug: string;
  title: string;
  /** Its edition is the edition of this language (decision 029). */
  language: string;
  status: ArticleStatus;
  updatedAt: string;
  publishedAt: string | null;
  blog: BlogRef | null;
  createdByUserId: number | null;
};

/** `translationOf`: the source of the article's group of versions (lib/content/translations.ts), or null. */
export type NewsroomArticle = Article & { createdByUserId: number | null; previewSecret: string; translationOf: number | null };

export type NewsroomFilter = {
  status?: ArticleStatus;
  /** Words in the title, summary or slug (case-insensitive for ASCII in SQLite, fully in PostgreSQL). */
  q?: string;
  createdByUserId?: number;
  /** Only the articles of this edition (its code): its language, or for the default edition every other one. */
  edition?: string;
  limit?: number;
  offset?: number;
};

/** `%` and `_` in what someone typed are letters to find, not wildcards. */
function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Articles of any status, most recently changed first, one page at a time, with the total for the pager. */
export async function listNewsroomArticles(
  db: Db,
  { status, q, createdByUserId, edition, limit = 50, offset = 0 }: NewsroomFilter = {},
): Promise<{ items: NewsroomArticleRow[]; total: number }> {
  const text = q?.trim();
  const pattern = text ? likePattern(text) : null;
  let base = db
    .selectFrom("articles")
    .$if(status !== undefined, (qb) => qb.where("articles.status", "=", status!))
    .$if(createdByUserId !== undefined, (qb) => qb.where("articles.created_by_user_id", "=", createdByUserId!))
    .$if(pattern !== null, (qb) =>
      qb.where(({ or }) =>
        or(
          (["articles.title", "articles.summary", "articles.slug"] as const).map(
            (col) => sql<boolean>`lower(${sql.ref(col)}) like ${pattern} escape '\\'`,
          ),
        ),
      ),
    );
  if (edition !== undefined) {
    const langs = editionLanguages(edition);
    if ("only" in langs) base = base.where("articles.language", "=", langs.only);
    else if (langs.except.length) base = base.where("articles.language", "not in", langs.except);
  }
  const [count, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
    base
      .leftJoin("blogs", "blogs.id", "articles.blog_id")
      .select([
        "articles.id",
        "articles.slug",
        "articles.title",
        "articles.language",
        "articles.status",
        "articles.updated_at",
        "articles.published_at",
        "articles.created_by_user_id",
        "blogs.slug as blog_slug",
        "blogs.title as blog_title",
      ])
      .orderBy("articles.updated_at", "desc")
      .orderBy("articles.id", "desc")
      .limit(Math.min(Math.max(1, Math.floor(limit)), 200))
      .offset(Math.max(0, Math.floor(offset)))
      .execute(),
  ]);
  return {
    total: Number(count.n),
    items: rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      title: r.title,
      language: r.language,
      status: r.status as ArticleStatus,
      updatedAt: r.updated_at,
      publishedAt: r.published_at,
      blog: r.blog_slug && r.blog_title ? { slug: r.blog_slug, title: r.blog_title } : null,
      createdByUserId: r.created_by_user_id,
    })),
  };
}

/**
 * Any article by id with its newsroom-only fields, or null. Rows written without a preview secret (bulk
 * generators, imports) get one here, so a preview link can always be signed.
 */
export async function getNewsroomArticle(db: Db, id: number): Promise<NewsroomArticle | null> {
  const article = await getArticleById(db, id);
  if (!article) return null;
  const extra = await db.selectFrom("articles").select(["created_by_user_id", "preview_secret", "translation_of"]).where("id", "=", id).executeTakeFirst();
  if (!extra) return null;
  let previewSecret = extra.preview_secret;
  if (!previewSecret) {
    // Conditional, so two readers racing here agree on one secret.
    await db.updateTable("articles").set({ preview_secret: newPreviewSecret() }).where("id", "=", id).where("preview_secret", "=", "").execute();
    previewSecret = (await db.selectFrom("articles").select("preview_secret").where("id", "=", id).executeTakeFirstOrThrow()).preview_secret;
  }
  return { ...article, createdByUserId: extra.created_by_user_id, previewSecret, translationOf: extra.translation_of };
}

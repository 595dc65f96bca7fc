import type { Db } from "../db/connection";
import { NotFoundError, ValidationError } from "../errors";
import { isLibraryImageSrc } from "../markdown/urls";
import { bodyImagesIssue, notInLibraryMessage } from "./article-schema";
import { applyArticleChanges, type Actor, type WriteResult } from "./article-writes";
import { imagesById } from "./images";
import { ensureTags } from "./tags";
import type { Image } from "./types";

/**
 * An article's revision history: every save of its content, numbered 1, 2, 3… Revisions are written by
 * article-writes.ts and never changed; restoring one saves its content again as a new revision.
 */

export type RevisionListItem = { rev: number; createdAt: string; createdByLabel: string; createdByUserId: number | null; title: string };

export type Revision = RevisionListItem & {
  articleId: number;
  slug: string;
  summary: string;
  body: string;
  heroImage: Image | null;
  /** The blog's slug, or null for the news section (or a blog deleted since). */
  blog: string | null;
  language: string;
  /** Author slugs in byline order. */
  authors: string[];
  /** Tag names. */
  tags: string[];
};

/** The article's revisions, newest first (an empty list for an unknown article). */
export async function listRevisions(db: Db, articleId: number): Promise<RevisionListItem[]> {
  const rows = await db
    .selectFrom("article_revisions")
    .select(["rev", "created_at", "created_by_label", "created_by_user_id", "title"])
    .where("article_id", "=", articleId)
    .orderBy("rev", "desc")
    .execute();
  return rows.map((r) => ({
    rev: r.rev,
    createdAt: r.created_at,
    createdByLabel: r.created_by_label,
    createdByUserId: r.created_by_user_id,
    title: r.title,
  }));
}

/** One revision in full, or null when the article has no such revision. */
export async function getRevision(db: Db, articleId: number, rev: number): Promise<Revision | null> {
  const r = await db
    .selectFrom("article_revisions")
    .leftJoin("blogs", "blogs.id", "article_revisions.blog_id")
    .selectAll("article_revisions")
    .select("blogs.slug as blog_slug")
    .where("article_revisions.article_id", "=", articleId)
    .where("article_revisions.rev", "=", rev)
    .executeTakeFirst();
  if (!r) return null;
  const images = await imagesById(db, [r.hero_image_id]);
  return {
    articleId,
    rev: r.rev,
    createdAt: r.created_at,
    createdByLabel: r.created_by_label,
    createdByUserId: r.created_by_user_id,
    title: r.title,
    slug: r.slug,
    summary: r.summary,
    body: r.body,
    heroImage: r.hero_image_id ? (images.get(r.hero_image_id) ?? null) : null,
    blog: r.blog_slug ?? null,
    language: r.language,
    authors: JSON.parse(r.authors_json) as string[],
    tags: JSON.parse(r.tags_json) as string[],
  };
}

/**
 * Brings back revision `rev`'s content (title, slug, texts, hero, blog, language, authors, tags) as a new
 * revision; the status does not change, so restoring on a published article changes the live page. Authors
 * deleted since are left out. Throws NotFoundError for an unknown article or revision, ConflictError on `slug`
 * when another article has taken that revision's slug since, and ValidationError (on `body` or `heroImage.src`)
 * for a revision saved before images had to come from the media library that shows one from elsewhere.
 */
export async function restoreRevision(
  db: Db,
  articleId: number,
  rev: number,
  actor: Actor,
  { now = new Date() }: { now?: Date } = {},
): Promise<WriteResult> {
  return applyArticleChanges(db, articleId, actor, now, async (trx) => {
    const r = await trx
      .selectFrom("article_revisions")
      .selectAll()
      .where("article_id", "=", articleId)
      .where("rev", "=", rev)
      .executeTakeFirst();
    if (!r) throw new NotFoundError(`Article #${articleId} has no revision ${rev}: see its list of revisions`);
    const slugs = JSON.parse(r.authors_json) as string[];
    const authors = slugs.length ? await trx.selectFrom("authors").select(["id", "slug"]).where("slug", "in", slugs).execute() : [];
    const idBySlug = new Map(authors.map((a) => [a.slug, a.id]));
    const [hero, blog] = await Promise.all([
      r.hero_image_id === null ? null : trx.selectFrom("images").select(["id", "src"]).where("id", "=", r.hero_image_id).executeTakeFirst(),
      r.blog_id === null ? null : trx.selectFrom("blogs").select("id").where("id", "=", r.blog_id).executeTakeFirst(),
    ]);
    const cannot = `Revision ${rev} cannot be restored as it is. `;
    const bodyIssue = bodyImagesIssue(r.body);
    if (bodyIssue) throw new ValidationError(`${cannot}${bodyIssue}, then edit the article with that revision's text and the new address`, "body");
    if (hero && !isLibraryImageSrc(hero.src))
      throw new ValidationError(`${cannot}${notInLibraryMessage("Its hero image", hero.src)}, then choose it as the hero in an edit`, "heroImage.src");
    return {
      title: r.title,
      slug: r.slug,
      summary: r.summary,
      body: r.body,
      language: r.language,
      heroImageId: hero?.id ?? null,
      blogId: blog?.id ?? null,
      authorIds: slugs.flatMap((s) => (idBySlug.has(s) ? [idBySlug.get(s)!] : [])),
      tagIds: await ensureTags(trx, JSON.parse(r.tags_json) as string[]),
    };
  });
}

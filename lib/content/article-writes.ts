import type { Db } from "../db/connection";
import { isUniqueViolation } from "../db/errors";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../errors";
import { newPreviewSecret } from "./preview-secrets";
import { parseInput } from "../validation";
import { articleCreateSchema, articlePatchSchema, type HeroImageInput } from "./article-schema";
import { indexArticles, reindexArticle } from "./search-documents";
import { getArticleById, moveArticleSlug } from "./articles";
import { tagsForArticle } from "./cache-tags";
import { insertImage } from "./images";
import { ensureTags, slugify } from "./tags";
import { checkEditionInGroup, clearTranslationSource, setTranslationSource } from "./translations";
import type { Article, ArticleStatus } from "./types";
import { editionByCode, editionList } from "../editions/registry";

/**
 * The newsroom's writes of an article's content: create a draft, edit it. Each write is one transaction (the
 * article row, its authors and tags, a new revision, and its link to the story it translates: translations.ts),
 * and returns the cache tags to revalidate.
 * Publishing is in publishing.ts, reading and restoring revisions in revisions.ts.
 */

/**
 * Who is writing: a signed-in person or an API key. `label` is what the revision history shows.
 * `mayCreateAuthors`: whether a byline naming someone who is not an author yet creates the author (and with it a
 * public author page). Only those who may edit author pages (editors: `actorOf` in lib/newsroom sets it from the
 * role) may; absent means no, and the write is refused with 403 on `authors`.
 */
export type Actor = { userId: number | null; label: string; mayCreateAuthors?: boolean };

/**
 * Dispatch itself, for content no person or key wrote: the demo newsroom, generated articles. Its revisions
 * show this label and no user.
 */
export const systemActor: Actor = { userId: null, label: "Dispatch (system)", mayCreateAuthors: true };

/** The article after the write, and every cache tag of pages that showed it before or show it now. */
export type WriteResult = { article: Article; revalidate: string[] };

type Clock = { now?: Date };

/** Content to set on an article, already resolved to ids; absent keys stay as they are. */
export type ContentChanges = {
  title?: string;
  slug?: string;
  summary?: string;
  body?: string;
  heroImageId?: number | null;
  blogId?: number | null;
  language?: string;
  authorIds?: number[];
  tagIds?: number[];
  /**
   * Not content, so no revision records it: the story this article translates (its id), or null to unlink it
   * from its versions (lib/content/translations.ts checks the rules).
   */
  translationOf?: number | null;
};

function checkActor(actor: Actor): Actor {
  const label = typeof actor?.label === "string" ? actor.label.trim() : "";
  if (!label) throw new Error("A write needs an actor with a label (a person's name or \"API key <name>\")");
  return { userId: actor.userId ?? null, label, mayCreateAuthors: actor.mayCreateAuthors === true };
}

/** The cache tags of an article's public pages, or none when readers cannot see it. */
export function publicTags(a: Article | null): string[] {
  return a && a.status === "published" ? tagsForArticle(a) : [];
}

export function mergeTags(...lists: string[][]): string[] {
  return [...new Set(lists.flat())];
}

/**
 * For trusted callers (the demo loader, the generator), not part of the newsroom's input: `plainBody`, the body as
 * markdownToPlainText gives it, when the caller already has it (a test checks they agree), so indexing skips a
 * Markdown parse; `topStory`, the home page's top-story flag, which the newsroom's API does not set.
 */
type DraftOptions = Clock & { plainBody?: string; topStory?: boolean };

/**
 * Creates a draft from the newsroom's input (validated here) and records it as revision 1. With `translationOf`,
 * it is linked to that story in the same transaction: a link the rules refuse (422 on translationOf) writes nothing.
 */
export async function createDraft(db: Db, input: unknown, actor: Actor, { now = new Date(), plainBody, topStory = false }: DraftOptions = {}): Promise<WriteResult> {
  const v = parseInput(articleCreateSchema, input, "Send the article as an object with a title and a body");
  const who = checkActor(actor);
  const at = now.toISOString();
  return inTransaction(db, async (trx) => {
    const blogId = v.blog === null ? null : await resolveBlog(trx, v.blog);
    const heroImageId = v.heroImage ? await heroImageRow(trx, v.heroImage, null) : null;
    const slug = v.slug ?? (await freeSlug(trx, slugify(v.title) || "article"));
    if (v.slug) await requireFreeSlug(trx, v.slug, null);
    const authorIds = await resolveAuthors(trx, v.authors, who);
    const tagIds = await ensureTags(trx, v.tags);
    const row = await guardSlug(slug, () =>
      trx
        .insertInto("articles")
        .values({
          slug,
          title: v.title,
          summary: v.summary,
          body: v.body,
          hero_image_id: heroImageId,
          blog_id: blogId,
          language: v.language,
          status: "draft",
          top_story: topStory ? 1 : 0,
          published_at: null,
          updated_at: at,
          created_at: at,
          preview_secret: newPreviewSecret(),
          created_by_user_id: who.userId,
        })
        .returning("id")
        .executeTakeFirstOrThrow(),
    );
    await setAuthors(trx, row.id, authorIds);
    await setTags(trx, row.id, tagIds);
    if (plainBody === undefined) await reindexArticle(trx, row.id);
    else await indexArticles(trx, [row.id], { plainBodies: new Map([[row.id, plainBody]]) });
    await recordRevision(trx, row.id, who, at);
    // A draft is on no public page; linked, the pages of its story's versions list it (once it is live).
    const revalidate = v.translationOf === null ? [] : await setTranslationSource(trx, row.id, v.translationOf);
    return { article: (await getArticleById(trx, row.id))!, revalidate };
  });
}

/**
 * "Translate": a new draft in edition `edition` (a code), linked to the story `sourceId` as its version there.
 * It starts as a copy of the source's headline, summary, body, hero image and byline, for the translator to
 * write over; tags and blog are left out (both are in the source's language). The source's other versions and
 * the one-version-per-edition rule are checked as for any link (422 on translationOf), and nothing is written then.
 */
export async function createTranslationDraft(db: Db, sourceId: number, edition: string, actor: Actor, clock: Clock = {}): Promise<WriteResult> {
  if (!editionByCode(edition))
    throw new ValidationError(`There is no edition "${edition}": use one of ${editionList.map((e) => e.code).join(", ")}`, "edition");
  const source = await getArticleById(db, sourceId);
  if (!source) throw new ValidationError(`There is no article #${sourceId} to translate: check the id in the newsroom's list`, "translationOf");
  const hero = source.heroImage && { src: source.heroImage.src, alt: source.heroImage.alt, caption: source.heroImage.caption, credit: source.heroImage.credit };
  return createDraft(
    db,
    { title: source.title, summary: source.summary, body: source.body, heroImage: hero, authors: source.authors.map((a) => a.slug), edition, translationOf: sourceId },
    actor,
    clock,
  );
}

/**
 * Edits an article (any status) and records the result as a new revision. Authors and tags given replace the
 * whole set. A published article changes on the site at once; its old slug keeps redirecting to the new one.
 */
export async function updateArticle(db: Db, id: number, patch: unknown, actor: Actor, { now = new Date() }: Clock = {}): Promise<WriteResult> {
  const v = parseInput(articlePatchSchema, patch, "Send the changes as an object, such as { title }");
  const who = checkActor(actor);
  if (v.translationOf !== undefined && contentFields.every((k) => v[k] === undefined)) {
    // Only the link changes: not a content change, so no revision (as a status change records none).
    const link = v.translationOf;
    return inTransaction(db, async (trx) => {
      const revalidate = link === null ? await clearTranslationSource(trx, id) : await setTranslationSource(trx, id, link);
      return { article: (await getArticleById(trx, id))!, revalidate };
    });
  }
  return applyArticleChanges(db, id, who, now, async (trx, current) => ({
    translationOf: v.translationOf,
    title: v.title,
    slug: v.slug,
    summary: v.summary,
    body: v.body,
    language: v.language,
    blogId: v.blog === undefined ? undefined : v.blog === null ? null : await resolveBlog(trx, v.blog),
    heroImageId: v.heroImage === undefined ? undefined : v.heroImage === null ? null : await heroImageRow(trx, v.heroImage, current.heroImageId),
    authorIds: v.authors === undefined ? undefined : await resolveAuthors(trx, v.authors, who),
    tagIds: v.tags === undefined ? undefined : await ensureTags(trx, v.tags),
  }));
}

/** The patch's fields that are the article's content (a revision records them); translationOf is not one. */
const contentFields = ["title", "slug", "summary", "body", "language", "blog", "heroImage", "authors", "tags"] as const;

/**
 * The shared body of every content write (an edit, a restore): in one transaction, locks the article's row,
 * asks `resolve` for the changes, applies them, records a revision, and returns the before/after cache tags.
 * A change of language keeps its group of translations to one version per edition (422 on `language`), and
 * expires the pages of the other versions, whose links to this one changed.
 */
export async function applyArticleChanges(
  db: Db,
  id: number,
  actor: Actor,
  now: Date,
  resolve: (trx: Db, current: { status: ArticleStatus; heroImageId: number | null }) => Promise<ContentChanges>,
): Promise<WriteResult> {
  const who = checkActor(actor);
  const at = now.toISOString();
  return inTransaction(db, async (trx) => {
    const row = await lockArticle(trx, id);
    const before = (await getArticleById(trx, id))!;
    const c = await resolve(trx, { status: row.status, heroImageId: row.hero_image_id });
    if (c.slug !== undefined && c.slug !== row.slug) {
      await requireFreeSlug(trx, c.slug, id);
      // Drafts were never public, so their old slugs are not worth keeping as redirects.
      await guardSlug(c.slug, () => moveArticleSlug(trx, id, c.slug!, { keepOld: row.status !== "draft", now }));
    }
    await trx
      .updateTable("articles")
      .set({
        ...(c.title !== undefined && { title: c.title }),
        ...(c.summary !== undefined && { summary: c.summary }),
        ...(c.body !== undefined && { body: c.body }),
        ...(c.language !== undefined && { language: c.language }),
        ...(c.blogId !== undefined && { blog_id: c.blogId }),
        ...(c.heroImageId !== undefined && { hero_image_id: c.heroImageId }),
        updated_at: at,
      })
      .where("id", "=", id)
      .execute();
    if (c.authorIds) await setAuthors(trx, id, c.authorIds);
    if (c.tagIds) await setTags(trx, id, c.tagIds);
    // The link is checked against the language just written: moving to another story checks the new group only.
    const group =
      c.translationOf === null ? await clearTranslationSource(trx, id)
      : c.translationOf !== undefined ? await setTranslationSource(trx, id, c.translationOf)
      : c.language !== undefined && c.language !== before.language ? await checkEditionInGroup(trx, id)
      : [];
    await reindexArticle(trx, id);
    await recordRevision(trx, id, who, at);
    const after = (await getArticleById(trx, id))!;
    return { article: after, revalidate: mergeTags(publicTags(before), publicTags(after), group) };
  });
}

type LockedRow = { slug: string; status: ArticleStatus; hero_image_id: number | null; updated_at: string; published_at: string | null; body: string };

/**
 * Takes the write lock on the article's row before reading it (a no-op UPDATE: PostgreSQL locks the row,
 * SQLite the database), so two saves of one article run one after the other and each sees the other's result.
 * Throws NotFoundError when there is no such article.
 */
export async function lockArticle(trx: Db, id: number): Promise<LockedRow> {
  const locked = await trx
    .updateTable("articles")
    .set((eb) => ({ slug: eb.ref("slug") }))
    .where("id", "=", id)
    .executeTakeFirst();
  if (Number(locked.numUpdatedRows) === 0) throw new NotFoundError(`There is no article #${id}: check the id in the newsroom's list`);
  const row = await trx
    .selectFrom("articles")
    .select(["slug", "status", "hero_image_id", "updated_at", "published_at", "body"])
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
  return { ...row, status: row.status as ArticleStatus };
}

/** Saves a snapshot of the article's current content as its next revision. Returns the revision number. */
export async function recordRevision(trx: Db, articleId: number, actor: Actor, at: string): Promise<number> {
  const a = await trx
    .selectFrom("articles")
    .select(["title", "slug", "summary", "body", "hero_image_id", "blog_id", "language"])
    .where("id", "=", articleId)
    .executeTakeFirstOrThrow();
  const [authors, tags, last] = await Promise.all([
    trx
      .selectFrom("article_authors")
      .innerJoin("authors", "authors.id", "article_authors.author_id")
      .select("authors.slug")
      .where("article_authors.article_id", "=", articleId)
      .orderBy("article_authors.position")
      .execute(),
    trx
      .selectFrom("article_tags")
      .innerJoin("tags", "tags.id", "article_tags.tag_id")
      .select("tags.name")
      .where("article_tags.article_id", "=", articleId)
      .orderBy("tags.name")
      .execute(),
    trx
      .selectFrom("article_revisions")
      .select((eb) => eb.fn.max("rev").as("rev"))
      .where("article_id", "=", articleId)
      .executeTakeFirst(),
  ]);
  const rev = Number(last?.rev ?? 0) + 1;
  await trx
    .insertInto("article_revisions")
    .values({
      article_id: articleId,
      rev,
      title: a.title,
      slug: a.slug,
      summary: a.summary,
      body: a.body,
      hero_image_id: a.hero_image_id,
      blog_id: a.blog_id,
      language: a.language,
      authors_json: JSON.stringify(authors.map((x) => x.slug)),
      tags_json: JSON.stringify(tags.map((x) => x.name)),
      created_at: at,
      created_by_label: actor.label,
      created_by_user_id: actor.userId,
    })
    .execute();
  return rev;
}

/**
 * Runs a write in a transaction of its own, or in the caller's when `db` is one already, so a batch of writes
 * (the article generator's) can share one commit. Kysely cannot nest transactions.
 */
export function inTransaction<T>(db: Db, write: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? write(db) : db.transaction().execute(write);
}

async function resolveBlog(trx: Db, slug: string): Promise<number> {
  const blog = await trx.selectFrom("blogs").select("id").where("slug", "=", slug).executeTakeFirst();
  if (blog) return blog.id;
  const known = (await trx.selectFrom("blogs").select("slug").orderBy("slug").limit(20).execute()).map((b) => b.slug);
  throw new ValidationError(
    `There is no blog "${slug}": ${known.length ? `use one of ${known.join(", ")}` : "create the blog first"}, or leave blog out for the news section`,
    "blog",
  );
}

/**
 * The image row for a hero. Its size comes from the media library (uploads and demo images are registered in
 * `images`), so an unknown src is refused rather than shown without dimensions. The current row is reused when
 * nothing changed; otherwise a new row is made, because revisions point at rows and must not see them change.
 */
async function heroImageRow(trx: Db, hero: HeroImageInput, currentId: number | null): Promise<number> {
  if (currentId !== null) {
    const cur = await trx.selectFrom("images").selectAll().where("id", "=", currentId).executeTakeFirst();
    if (cur && cur.src === hero.src && cur.alt === hero.alt && cur.caption === hero.caption && cur.credit === hero.credit) return cur.id;
  }
  const known = await trx.selectFrom("images").select(["width", "height"]).where("src", "=", hero.src).orderBy("id").limit(1).executeTakeFirst();
  if (!known) throw new ValidationError("Upload the image first (POST /media) or use one already in the media library", "heroImage.src");
  return insertImage(trx, { src: hero.src, width: known.width, height: known.height, alt: hero.alt, caption: hero.caption, credit: hero.credit });
}

/**
 * Author ids for bylines given as slugs or names, in order and without repeats: an existing slug first, then an
 * exact name; a new name becomes a new author (slug from the name, or the existing author with that slug) when
 * the actor may create authors, and is refused (403 on `authors`, nothing created) when not: a new author is a
 * new public page, which is an editor's decision.
 */
async function resolveAuthors(trx: Db, given: string[], actor: Actor): Promise<number[]> {
  const ids: number[] = [];
  for (const g of given) {
    const found =
      (await trx.selectFrom("authors").select("id").where("slug", "=", g).executeTakeFirst()) ??
      (await trx.selectFrom("authors").select("id").where("name", "=", g).orderBy("id").limit(1).executeTakeFirst());
    let id = found?.id;
    if (id === undefined) {
      const slug = slugify(g);
      if (!slug) throw new ValidationError(`Give the author "${g}" a name with letters or digits`, "authors");
      const sameSlug = await trx.selectFrom("authors").select("id").where("slug", "=", slug).executeTakeFirst();
      if (!sameSlug && !actor.mayCreateAuthors)
        throw new ForbiddenError(
          `"${g}" is not an author yet, and only editors add authors: choose an existing author by name or slug, or ask an editor to add "${g}" first`,
          "authors",
        );
      id = sameSlug?.id ?? (await trx.insertInto("authors").values({ slug, name: g, bio: "" }).returning("id").executeTakeFirstOrThrow()).id;
    }
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

async function setAuthors(trx: Db, articleId: number, authorIds: number[]): Promise<void> {
  await trx.deleteFrom("article_authors").where("article_id", "=", articleId).execute();
  if (authorIds.length)
    await trx
      .insertInto("article_authors")
      .values(authorIds.map((author_id, position) => ({ article_id: articleId, author_id, position })))
      .execute();
}

async function setTags(trx: Db, articleId: number, tagIds: number[]): Promise<void> {
  await trx.deleteFrom("article_tags").where("article_id", "=", articleId).execute();
  if (tagIds.length) await trx.insertInto("article_tags").values(tagIds.map((tag_id) => ({ article_id: articleId, tag_id }))).execute();
}

function slugTaken(slug: string): ConflictError {
  return new ConflictError(`Another article already uses the slug "${slug}": choose another`, "slug");
}

/**
 * Refuses a slug another article has, as its current slug or as an old one. An old slug is an address readers
 * and search engines still follow to that article (a 308), so it is never handed to another: taking it would
 * silently turn those links into links to a different story, and the old URL would 404 once that one moved on.
 * The article's own old slugs are free to go back to.
 */
async function requireFreeSlug(trx: Db, slug: string, ownId: number | null): Promise<void> {
  let current = trx.selectFrom("articles").select("id").where("slug", "=", slug);
  let old = trx.selectFrom("article_slugs").select("article_id").where("slug", "=", slug);
  if (ownId !== null) {
    current = current.where("id", "!=", ownId);
    old = old.where("article_id", "!=", ownId);
  }
  if (await current.executeTakeFirst()) throw slugTaken(slug);
  if (await old.executeTakeFirst())
    throw new ConflictError(
      `The slug "${slug}" was another article's address and still redirects readers to it, so it cannot be reused: choose another`,
      "slug",
    );
}

/** Turns the unique index's verdict (another process took the slug since we checked) into the same conflict. */
async function guardSlug<T>(slug: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (isUniqueViolation(err)) throw slugTaken(slug);
    throw err;
  }
}

/**
 * A slug made from the title that no article uses, now or as an old slug: "title", then "title-2", "title-3"…
 * ("page" is a listing route, so it always gets a suffix).
 */
async function freeSlug(trx: Db, base: string): Promise<string> {
  for (let n = base === "page" ? 2 : 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    const [current, old] = await Promise.all([
      trx.selectFrom("articles").select("id").where("slug", "=", candidate).executeTakeFirst(),
      trx.selectFrom("article_slugs").select("article_id").where("slug", "=", candidate).executeTakeFirst(),
    ]);
    if (!current && !old) return candidate;
  }
}

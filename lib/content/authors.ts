import type { Db } from "../db/connection";
import { visible } from "./articles";
import { indexArticles } from "./search-documents";
import { imagesById, saveImage, type ImageInput } from "./images";
import type { Author } from "./types";

export async function getAuthor(db: Db, slug: string): Promise<Author | null> {
  const row = await db.selectFrom("authors").selectAll().where("slug", "=", slug).executeTakeFirst();
  if (!row) return null;
  const images = await imagesById(db, [row.photo_id]);
  return { id: row.id, slug: row.slug, name: row.name, bio: row.bio, photo: row.photo_id ? (images.get(row.photo_id) ?? null) : null };
}

/**
 * An author as readers see them (/authors/<slug>): null unless at least one published article carries their
 * byline, as for topics, so an author no reader can read yet (added by an editor, or named only on drafts,
 * scheduled or unpublished articles) has no public page and is in no sitemap.
 */
export async function getPublicAuthor(db: Db, slug: string, { now = new Date() }: { now?: Date } = {}): Promise<Author | null> {
  const published = await db
    .selectFrom("article_authors")
    .innerJoin("authors", "authors.id", "article_authors.author_id")
    .innerJoin("articles", "articles.id", "article_authors.article_id")
    .where("authors.slug", "=", slug)
    .where(visible(now))
    .select("articles.id")
    .limit(1)
    .executeTakeFirst();
  return published ? getAuthor(db, slug) : null;
}

export async function listAuthors(db: Db): Promise<Author[]> {
  const rows = await db.selectFrom("authors").selectAll().orderBy("name").execute();
  const images = await imagesById(db, rows.map((r) => r.photo_id));
  return rows.map((r) => ({ id: r.id, slug: r.slug, name: r.name, bio: r.bio, photo: r.photo_id ? (images.get(r.photo_id) ?? null) : null }));
}

export type AuthorInput = { slug: string; name: string; bio?: string; photo?: ImageInput | null };

/** Creates the author, or updates name, bio and photo (in place) when the slug exists. Returns the id. */
export async function upsertAuthor(db: Db, input: AuthorInput): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom("authors").select(["id", "name", "photo_id"]).where("slug", "=", input.slug).executeTakeFirst();
    const photoId = input.photo ? await saveImage(trx, existing?.photo_id ?? null, input.photo) : (existing?.photo_id ?? null);
    if (existing) {
      await trx.updateTable("authors").set({ name: input.name, bio: input.bio ?? "", photo_id: photoId }).where("id", "=", existing.id).execute();
      // Bylines are searchable: a renamed author's articles are found by the new name, not the old.
      if (existing.name !== input.name) {
        const ids = await trx.selectFrom("article_authors").select("article_id").where("author_id", "=", existing.id).execute();
        await indexArticles(trx, ids.map((r) => r.article_id));
      }
      return existing.id;
    }
    const row = await trx
      .insertInto("authors")
      .values({ slug: input.slug, name: input.name, bio: input.bio ?? "", photo_id: photoId })
      .returning("id")
      .executeTakeFirstOrThrow();
    return row.id;
  });
}

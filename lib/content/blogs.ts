import type { Db } from "../db/connection";
import { imagesById, saveImage, type ImageInput } from "./images";
import type { Blog } from "./types";

type BlogRow = { id: number; slug: string; title: string; description: string; about: string; language: string; cover_image_id: number | null };

async function toBlogs(db: Db, rows: BlogRow[]): Promise<Blog[]> {
  const images = await imagesById(db, rows.map((r) => r.cover_image_id));
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    title: r.title,
    description: r.description,
    about: r.about,
    language: r.language,
    cover: r.cover_image_id ? (images.get(r.cover_image_id) ?? null) : null,
  }));
}

export async function getBlog(db: Db, slug: string): Promise<Blog | null> {
  const rows = await db.selectFrom("blogs").selectAll().where("slug", "=", slug).execute();
  return (await toBlogs(db, rows))[0] ?? null;
}

export async function listBlogs(db: Db): Promise<Blog[]> {
  return toBlogs(db, await db.selectFrom("blogs").selectAll().orderBy("title").execute());
}

export type BlogInput = { slug: string; title: string; description?: string; about?: string; language?: string; cover?: ImageInput | null };

/** Creates the blog, or updates its texts (and its cover, in place) when the slug exists. Returns the id. */
export async function upsertBlog(db: Db, input: BlogInput): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const values = {
      title: input.title,
      description: input.description ?? "",
      about: input.about ?? "",
      language: input.language ?? "en",
    };
    const existing = await trx.selectFrom("blogs").select(["id", "cover_image_id"]).where("slug", "=", input.slug).executeTakeFirst();
    const coverId = input.cover ? await saveImage(trx, existing?.cover_image_id ?? null, input.cover) : (existing?.cover_image_id ?? null);
    if (existing) {
      await trx.updateTable("blogs").set({ ...values, cover_image_id: coverId }).where("id", "=", existing.id).execute();
      return existing.id;
    }
    const row = await trx
      .insertInto("blogs")
      .values({ slug: input.slug, ...values, cover_image_id: coverId })
      .returning("id")
      .executeTakeFirstOrThrow();
    return row.id;
  });
}

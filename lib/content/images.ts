import { sql } from "kysely";
import type { Db } from "../db/connection";
import type { Image } from "./types";

type ImageRow = { id: number; src: string; width: number; height: number; alt: string; caption: string | null; credit: string | null };

export function toImage(row: ImageRow): Image {
  return { src: row.src, width: row.width, height: row.height, alt: row.alt, caption: row.caption, credit: row.credit };
}

/** Loads images by id in one query; absent ids are simply missing from the map. */
export async function imagesById(db: Db, ids: (number | null)[]): Promise<Map<number, Image>> {
  const wanted = [...new Set(ids.filter((x): x is number => x !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db.selectFrom("images").selectAll().where("id", "in", wanted).execute();
  return new Map(rows.map((r) => [r.id, toImage(r)]));
}

export type ImageInput = Omit<Image, "caption" | "credit"> & { caption?: string | null; credit?: string | null };

export async function insertImage(db: Db, img: ImageInput): Promise<number> {
  const row = await db
    .insertInto("images")
    .values({ src: img.src, width: img.width, height: img.height, alt: img.alt, caption: img.caption ?? null, credit: img.credit ?? null })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Known dimensions of images by src (for images placed inside article bodies), in one query. */
export async function imageSizesBySrc(db: Db, srcs: string[]): Promise<Record<string, { width: number; height: number }>> {
  const wanted = [...new Set(srcs)];
  if (wanted.length === 0) return {};
  const rows = await db.selectFrom("images").select(["src", "width", "height"]).where("src", "in", wanted).execute();
  return Object.fromEntries(rows.map((r) => [r.src, { width: r.width, height: r.height }]));
}

/** Saves an image in place when the owner already has one (no orphaned rows on re-saves), else inserts it. */
export async function saveImage(db: Db, existingId: number | null, img: ImageInput): Promise<number> {
  if (existingId === null) return insertImage(db, img);
  await db
    .updateTable("images")
    .set({ src: img.src, width: img.width, height: img.height, alt: img.alt, caption: img.caption ?? null, credit: img.credit ?? null })
    .where("id", "=", existingId)
    .execute();
  return existingId;
}

/** Registers images placed inside article bodies, so pages know their size and reserve the space. */
export async function registerImages(db: Db, images: ImageInput[]): Promise<number> {
  const known = new Set(Object.keys(await imageSizesBySrc(db, images.map((i) => i.src))));
  const fresh = images.filter((i) => !known.has(i.src));
  for (const img of fresh) await insertImage(db, img);
  return fresh.length;
}

/**
 * What uses the image at `src` (a /media/<name> path), as words for a person: hero images, author photos and blog
 * covers by their rows, article bodies by their text; current versions and every revision (a revision may be
 * restored, so its images stay). Empty when nothing does and the file may go.
 */
export async function imageUses(db: Db, src: string): Promise<string[]> {
  const ids = (await db.selectFrom("images").select("id").where("src", "=", src).execute()).map((r) => r.id);
  // Upload names are UUIDs, so the path inside a body's text cannot be part of another's.
  const inText = `%${src.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const byId = <T>(q: Promise<T[]>) => (ids.length ? q : Promise.resolve([] as T[]));
  const [heroes, photos, covers, bodies, revisions] = await Promise.all([
    byId(db.selectFrom("articles").select("slug").where("hero_image_id", "in", ids).execute()),
    byId(db.selectFrom("authors").select("slug").where("photo_id", "in", ids).execute()),
    byId(db.selectFrom("blogs").select("slug").where("cover_image_id", "in", ids).execute()),
    db.selectFrom("articles").select("slug").where(sql<boolean>`body like ${inText} escape '\\'`).execute(),
    db
      .selectFrom("article_revisions")
      .innerJoin("articles", "articles.id", "article_revisions.article_id")
      .select(["articles.slug", "article_revisions.rev"])
      .where((eb) =>
        eb.or([
          sql<boolean>`article_revisions.body like ${inText} escape '\\'`,
          ...(ids.length ? [eb("article_revisions.hero_image_id", "in", ids)] : []),
        ]),
      )
      .execute(),
  ]);
  const uses = [
    ...heroes.map((r) => `the hero image of article "${r.slug}"`),
    ...bodies.map((r) => `the body of article "${r.slug}"`),
    ...photos.map((r) => `the photo of author "${r.slug}"`),
    ...covers.map((r) => `the cover of blog "${r.slug}"`),
  ];
  const revisionOnly = revisions.filter((r) => !heroes.some((h) => h.slug === r.slug) && !bodies.some((b) => b.slug === r.slug));
  const bySlug = new Map<string, number[]>();
  for (const r of revisionOnly) bySlug.set(r.slug, [...(bySlug.get(r.slug) ?? []), r.rev]);
  for (const [slug, revs] of bySlug) uses.push(`revision${revs.length > 1 ? "s" : ""} ${revs.sort((a, b) => a - b).join(", ")} of article "${slug}"`);
  return uses;
}

/** Removes the library's rows for `src` (call only when imageUses is empty: nothing points at them). */
export async function deleteImageRows(db: Db, src: string): Promise<void> {
  await db.deleteFrom("images").where("src", "=", src).execute();
}

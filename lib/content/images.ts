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

import type { Db } from "../db/connection";

/** URL-safe slug for a tag or an article title; keeps letters of every script (Cyrillic, Persian…). */
export function slugify(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/['’"“”]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
}

/** Ids for tag names, creating the tags that do not exist yet. */
export async function ensureTags(db: Db, names: string[]): Promise<number[]> {
  const ids: number[] = [];
  for (const name of names) {
    const slug = slugify(name);
    if (!slug) continue;
    const found = await db.selectFrom("tags").select("id").where("slug", "=", slug).executeTakeFirst();
    if (found) {
      ids.push(found.id);
      continue;
    }
    const row = await db.insertInto("tags").values({ slug, name }).returning("id").executeTakeFirstOrThrow();
    ids.push(row.id);
  }
  return [...new Set(ids)];
}

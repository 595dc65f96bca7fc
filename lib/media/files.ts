import type { Db } from "../db/connection";

/** Names the upload code generates: a UUID and the type's extension. Anything else is not an upload. */
const UPLOAD_NAME = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.(jpg|png|webp)$/;

/** Whether `name` is one the upload code could have generated. */
export function isUploadName(name: string): boolean {
  return UPLOAD_NAME.test(name);
}

export type MediaFile = { contentType: string; bytes: Buffer };

/** An uploaded file by its name in /media/<name>, or null (also for names that could never be an upload). */
export async function readMediaFile(db: Db, name: string): Promise<MediaFile | null> {
  if (!isUploadName(name)) return null;
  const row = await db.selectFrom("media_files").select(["content_type", "bytes"]).where("name", "=", name).executeTakeFirst();
  return row ? { contentType: row.content_type, bytes: Buffer.from(row.bytes) } : null;
}

import { randomUUID } from "node:crypto";
import sharp from "sharp";
import type { Db } from "../db/connection";
import { insertImage } from "../content/images";
import { ValidationError } from "../errors";

/**
 * Image uploads: the type comes from the file's first bytes (never its name or the client's content type),
 * sharp must be able to read it, and it is stored under a generated name. The bytes live in the database
 * (media_files) rather than a local folder, so every instance behind a load balancer serves every upload.
 * Served from /media/<name> (lib/media/files.ts).
 */
export const MAX_UPLOAD_BYTES = 10_000_000;

const kinds = {
  jpeg: { ext: "jpg", mime: "image/jpeg" },
  png: { ext: "png", mime: "image/png" },
  webp: { ext: "webp", mime: "image/webp" },
} as const;
export type ImageKind = keyof typeof kinds;

export function detectImageKind(bytes: Uint8Array): ImageKind | null {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return "jpeg";
  if (b.length >= 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return "png";
  if (b.length >= 12 && b.toString("latin1", 0, 4) === "RIFF" && b.toString("latin1", 8, 12) === "WEBP") return "webp";
  return null;
}


export type Upload = { src: string; width: number; height: number; type: string };

/**
 * Checks and stores an image, and registers it in the media library (the images table), in one transaction:
 * nothing is kept on refusal or failure.
 */
export async function saveUpload(db: Db, bytes: Uint8Array, meta: { alt?: string; caption?: string; credit?: string } = {}): Promise<Upload> {
  if (bytes.byteLength === 0) throw new ValidationError("The upload is empty: attach a JPEG, PNG or WebP image", "file");
  const kind = detectImageKind(bytes);
  if (!kind) throw new ValidationError("This file is not a JPEG, PNG or WebP image (whatever its name says)", "file");
  let width: number | undefined;
  let height: number | undefined;
  try {
    ({ width, height } = await sharp(bytes).metadata());
  } catch {
    throw new ValidationError("The image could not be read: it may be damaged. Export it again and retry", "file");
  }
  if (!width || !height) throw new ValidationError("The image has no readable size", "file");
  const name = `${randomUUID()}.${kinds[kind].ext}`;
  const src = `/media/${name}`;
  const type = kinds[kind].mime;
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("media_files")
      .values({ name, content_type: type, byte_size: bytes.byteLength, bytes: Buffer.from(bytes), created_at: new Date().toISOString() })
      .execute();
    await insertImage(trx, { src, width, height, alt: meta.alt ?? "", caption: meta.caption ?? null, credit: meta.credit ?? null });
  });
  return { src, width, height, type };
}

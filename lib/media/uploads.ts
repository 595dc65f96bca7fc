import { randomUUID } from "node:crypto";
import sharp from "sharp";
import type { UploadLimits } from "../config";
import type { Db } from "../db/connection";
import { underLock } from "../db/locks";
import { deleteImageRows, imageUses, insertImage } from "../content/images";
import { ConflictError, ForbiddenError, NotFoundError, TooManyRequestsError, ValidationError } from "../errors";
import { isUploadName } from "./files";

/**
 * Image uploads: the type comes from the file's first bytes (never its name or the client's content type),
 * sharp must be able to read it, and it is stored under a generated name. The bytes live in the database
 * (media_files) rather than a local folder, so every instance behind a load balancer serves every upload.
 * Served from /media/<name> (lib/media/files.ts). Each uploader (a newsroom user or an API key) may upload
 * `perHour` images in any hour and keep `quotaBytes` in the library; the check and the insert run under one lock per
 * uploader, so a burst of parallel uploads cannot pass either limit.
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

/** Who uploads: a newsroom user or an API key (the demo loader and tests of the file checks pass none: no limits). */
export type Uploader = { kind: "user" | "key"; id: number };
export type UploadMeta = { alt?: string; caption?: string; credit?: string };

/** "DUPL": the advisory-lock namespace of upload limits on PostgreSQL. */
const UPLOAD_LOCK = 0x4455504c;
const HOUR_MS = 3_600_000;

const uploaderColumn = (u: Uploader) => (u.kind === "user" ? "uploaded_by_user_id" : "uploaded_by_key_id");
/** The lock both the limit check and a delete take, one per uploader. */
const lockKey = (u: Uploader) => `${u.kind}:${u.id}`;
const mb = (bytes: number) => `${(bytes / 1_000_000).toLocaleString("en", { maximumFractionDigits: 1 })} MB`;

/** What one uploader has used: images in the last hour (and when the oldest of them leaves it), bytes kept. */
export async function uploadUsage(db: Db, uploader: Uploader, now = new Date()): Promise<{ lastHour: number; oldestInHourAt: string | null; bytes: number }> {
  const col = uploaderColumn(uploader);
  const since = new Date(now.getTime() - HOUR_MS).toISOString();
  const [hour, kept] = await Promise.all([
    db
      .selectFrom("media_files")
      .select((eb) => [eb.fn.countAll<number>().as("n"), eb.fn.min("created_at").as("oldest")])
      .where(col, "=", uploader.id)
      .where("created_at", ">", since)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom("media_files")
      .select((eb) => eb.fn.coalesce(eb.fn.sum<number>("byte_size"), eb.lit(0)).as("bytes"))
      .where(col, "=", uploader.id)
      .executeTakeFirstOrThrow(),
  ]);
  return { lastHour: Number(hour.n), oldestInHourAt: hour.oldest ?? null, bytes: Number(kept.bytes) };
}

/** Throws 429 or 403, saying what to do, when one more upload of `size` bytes would pass a limit. */
async function checkLimits(db: Db, uploader: Uploader, size: number, limits: UploadLimits, now: Date): Promise<void> {
  const usage = await uploadUsage(db, uploader, now);
  if (usage.lastHour >= limits.perHour) {
    const wait = usage.oldestInHourAt ? (Date.parse(usage.oldestInHourAt) + HOUR_MS - now.getTime()) / 1000 : 60;
    throw new TooManyRequestsError(
      `You have uploaded ${usage.lastHour} images in the last hour, the most allowed: try again in ${Math.max(1, Math.ceil(wait / 60))} minutes, or ask an admin to raise UPLOADS_PER_HOUR`,
      wait,
      "file",
    );
  }
  if (usage.bytes + size > limits.quotaBytes)
    throw new ForbiddenError(
      `This image (${mb(size)}) would take your uploads past their quota of ${mb(limits.quotaBytes)} (${mb(usage.bytes)} used): delete images you no longer use (DELETE /api/admin/v1/media/<name>), or ask an admin to raise UPLOAD_QUOTA_MB`,
      "file",
    );
}

/**
 * Checks and stores an image, and registers it in the media library (the images table), in one transaction:
 * nothing is kept on refusal or failure. With an uploader, its limits are checked in the same transaction.
 */
export async function saveUpload(
  db: Db,
  bytes: Uint8Array,
  meta: UploadMeta = {},
  by?: { uploader: Uploader; limits: UploadLimits },
): Promise<Upload> {
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
  const store = async (trx: Db) => {
    const now = new Date();
    if (by) await checkLimits(trx, by.uploader, bytes.byteLength, by.limits, now);
    await trx
      .insertInto("media_files")
      .values({
        name,
        content_type: type,
        byte_size: bytes.byteLength,
        bytes: Buffer.from(bytes),
        created_at: now.toISOString(),
        uploaded_by_user_id: by?.uploader.kind === "user" ? by.uploader.id : null,
        uploaded_by_key_id: by?.uploader.kind === "key" ? by.uploader.id : null,
      })
      .execute();
    await insertImage(trx, { src, width, height, alt: meta.alt ?? "", caption: meta.caption ?? null, credit: meta.credit ?? null });
  };
  if (by) await underLock(db, UPLOAD_LOCK, [lockKey(by.uploader)], store);
  else await db.transaction().execute(store);
  return { src, width, height, type };
}

/**
 * Deletes an uploaded file that nothing uses (no article, revision, author or blog), with its library rows. Its
 * uploader may delete it; others only with `mayDeleteAny` (editors). Refuses with 409 naming what still uses it.
 * Copies already in readers' browsers and proxy caches stay until they expire: the name is never reused.
 */
export async function deleteUnusedUpload(db: Db, name: string, actor: { uploader: Uploader; mayDeleteAny: boolean }): Promise<void> {
  const missing = new NotFoundError(`There is no uploaded image "${name}" in the media library`);
  if (!isUploadName(name)) throw missing;
  const src = `/media/${name}`;
  // One transaction for the check and the delete (on SQLite a write lock, so no save can start using the file
  // between them; on PostgreSQL a save committed in that instant could still name it: its image then 404s).
  await underLock(db, UPLOAD_LOCK, [lockKey(actor.uploader)], async (trx) => {
    const row = await trx.selectFrom("media_files").select(["uploaded_by_user_id", "uploaded_by_key_id"]).where("name", "=", name).executeTakeFirst();
    if (!row) throw missing;
    const own = row[uploaderColumn(actor.uploader)] === actor.uploader.id;
    if (!own && !actor.mayDeleteAny)
      throw new ForbiddenError("You can delete only images you uploaded yourself: ask an editor to delete this one");
    const uses = await imageUses(trx, src);
    if (uses.length > 0)
      throw new ConflictError(
        `The image is still in use (${uses.slice(0, 5).join("; ")}${uses.length > 5 ? `; ${uses.length - 5} more` : ""}): remove it from there first`,
      );
    await deleteImageRows(trx, src);
    await trx.deleteFrom("media_files").where("name", "=", name).execute();
  });
}

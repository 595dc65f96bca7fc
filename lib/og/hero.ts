import fs from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import type { Db } from "../db/connection";
import { readMediaFile } from "../media/files";
import { OG_HEIGHT, OG_WIDTH } from "./card";

/**
 * A hero image as a share image: the picture cropped to 1200×630 around its most eye-catching part. Only images
 * this site holds are used (uploads in the database, files under public/); a hero on another host is never
 * fetched, so the server makes no outbound request and the generated card stands in.
 */

/** The bytes of a hero image by its src, or null when it is remote, missing or outside the site's folders. */
export async function heroBytes(db: Db, src: string): Promise<Buffer | null> {
  if (!src.startsWith("/") || src.startsWith("//")) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(src, "http://site.invalid").pathname);
  } catch {
    return null;
  }
  if (pathname.startsWith("/media/")) return (await readMediaFile(db, pathname.slice("/media/".length)))?.bytes ?? null;
  // Only files under public/ (what the site serves as static files): ".." and other escapes are refused.
  const relative = path.posix.normalize(pathname).replace(/^\/+/, "");
  if (!relative || relative.startsWith("..") || relative.includes("\0")) return null;
  try {
    return await fs.readFile(path.join(process.cwd(), "public", relative));
  } catch {
    return null;
  }
}

/** The picture filling the card, as a PNG; null when sharp cannot read it (the caller then draws the card). */
export async function renderHeroImage(bytes: Buffer): Promise<Buffer | null> {
  try {
    return await sharp(bytes, { limitInputPixels: 100_000_000 })
      .rotate()
      .resize(OG_WIDTH, OG_HEIGHT, { fit: "cover", position: sharp.strategy.attention })
      .removeAlpha()
      .png({ compressionLevel: 9, adaptiveFiltering: true })
      .toBuffer();
  } catch {
    return null;
  }
}

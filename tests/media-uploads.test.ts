import sharp from "sharp";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { imageSizesBySrc } from "@/lib/content/images";
import type { Db } from "@/lib/db/connection";
import { readMediaFile } from "@/lib/media/files";
import { detectImageKind, saveUpload } from "@/lib/media/uploads";
import { ValidationError } from "@/lib/errors";
import { tempDb } from "./helpers/temp-db";

let db: Db;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ db, cleanup } = await tempDb());
});
afterEach(async () => {
  await cleanup();
});
const storedFiles = () => db.selectFrom("media_files").select("name").execute();

const image = (format: "jpeg" | "png" | "webp") =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: "#0b3a63" } }).toFormat(format).toBuffer();

describe("image uploads", () => {
  it.each(["jpeg", "png", "webp"] as const)("stores a %s under a generated name, with its real size, in the media library", async (format) => {
    const bytes = await image(format);
    expect(detectImageKind(bytes)).toBe(format);
    const up = await saveUpload(db, bytes, { alt: "A blue square" });
    expect(up).toMatchObject({ width: 64, height: 48 });
    expect(up.src).toMatch(/^\/media\/[0-9a-f-]{36}\.(jpg|png|webp)$/);
    // The bytes are in the database, so any instance can serve them.
    const file = await readMediaFile(db, up.src.slice("/media/".length));
    expect(file?.contentType).toBe(up.type);
    expect(file?.bytes.equals(bytes)).toBe(true);
    expect(await imageSizesBySrc(db, [up.src])).toEqual({ [up.src]: { width: 64, height: 48 } });
  });

  it("refuses a non-image whatever it is called, and keeps nothing", async () => {
    const text = Buffer.from("<?php echo 'not a picture'; ?>");
    await expect(saveUpload(db, text, {})).rejects.toThrow(ValidationError);
    await expect(saveUpload(db, text, {})).rejects.toThrow(/not a JPEG, PNG or WebP/);
    expect(await storedFiles()).toEqual([]);
    expect(await db.selectFrom("images").selectAll().execute()).toEqual([]);
  });

  it("refuses a damaged image that only starts like a JPEG, and keeps nothing", async () => {
    const broken = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from("garbage".repeat(20))]);
    await expect(saveUpload(db, broken, {})).rejects.toThrow(/could not be read/);
    expect(await storedFiles()).toEqual([]);
  });

  it("refuses an empty upload", async () => {
    await expect(saveUpload(db, new Uint8Array(), {})).rejects.toThrow(/empty/);
  });

  it("keeps neither the bytes nor the library entry when registering the image fails", async () => {
    // With the media library's table gone, the second statement of the upload's transaction fails.
    await db.schema.alterTable("images").renameTo("images_gone").execute();
    await expect(saveUpload(db, await image("png"), { alt: "lost" })).rejects.toThrow();
    expect(await storedFiles()).toEqual([]);
  });

  it("serves nothing for names that are not generated upload names", async () => {
    for (const name of ["../data/dispatch.db", "x.jpg", "00000000-0000-0000-0000-000000000000.gif", ""]) {
      expect(await readMediaFile(db, name)).toBeNull();
    }
  });
});

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { imageSizesBySrc } from "@/lib/content/images";
import type { Db } from "@/lib/db/connection";
import { detectImageKind, saveUpload } from "@/lib/media/uploads";
import { ValidationError } from "@/lib/newsroom/errors";
import { tempDb } from "./helpers/temp-db";

let db: Db;
let cleanup: () => Promise<void>;
let dir: string;
beforeEach(async () => {
  ({ db, cleanup } = await tempDb());
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "dispatch-media-"));
});
afterEach(async () => {
  await cleanup();
  fs.rmSync(dir, { recursive: true, force: true });
});

const image = (format: "jpeg" | "png" | "webp") =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: "#0b3a63" } }).toFormat(format).toBuffer();

describe("image uploads", () => {
  it.each(["jpeg", "png", "webp"] as const)("stores a %s under a generated name, with its real size, in the media library", async (format) => {
    const bytes = await image(format);
    expect(detectImageKind(bytes)).toBe(format);
    const up = await saveUpload(db, bytes, { alt: "A blue square" }, dir);
    expect(up).toMatchObject({ width: 64, height: 48 });
    expect(up.src).toMatch(/^\/media\/[0-9a-f-]{36}\.(jpg|png|webp)$/);
    expect(fs.readFileSync(path.join(dir, path.basename(up.src))).equals(bytes)).toBe(true);
    expect(await imageSizesBySrc(db, [up.src])).toEqual({ [up.src]: { width: 64, height: 48 } });
  });

  it("refuses a non-image whatever it is called, and keeps nothing", async () => {
    const text = Buffer.from("<?php echo 'not a picture'; ?>");
    await expect(saveUpload(db, text, {}, dir)).rejects.toThrow(ValidationError);
    await expect(saveUpload(db, text, {}, dir)).rejects.toThrow(/not a JPEG, PNG or WebP/);
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(await db.selectFrom("images").selectAll().execute()).toEqual([]);
  });

  it("refuses a damaged image that only starts like a JPEG, and keeps nothing", async () => {
    const broken = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from("garbage".repeat(20))]);
    await expect(saveUpload(db, broken, {}, dir)).rejects.toThrow(/could not be read/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it("refuses an empty upload", async () => {
    await expect(saveUpload(db, new Uint8Array(), {}, dir)).rejects.toThrow(/empty/);
  });
});

import sharp from "sharp";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { seedArticle } from "@/lib/demo/seed";
import { systemActor, updateArticle } from "@/lib/content/article-writes";
import type { Db } from "@/lib/db/connection";
import { readMediaFile } from "@/lib/media/files";
import { deleteUnusedUpload, saveUpload, uploadUsage, type Uploader } from "@/lib/media/uploads";
import { tempDb } from "./helpers/temp-db";

// Runs on the store the vitest project names (SQLite and PostgreSQL projects both run it).
let db: Db;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ db, cleanup } = await tempDb());
});
afterEach(async () => {
  await cleanup();
});

const png = (shade: number) =>
  sharp({ create: { width: 8, height: 8, channels: 3, background: { r: shade, g: 40, b: 90 } } }).png().toBuffer();
const ana: Uploader = { kind: "user", id: 7 };
const key: Uploader = { kind: "key", id: 7 };
const name = (src: string) => src.slice("/media/".length);

describe("upload limits per uploader", () => {
  it("refuses the upload past UPLOADS_PER_HOUR with 429 and a wait, however many arrive at once, and counts users and keys apart", async () => {
    const limits = { perHour: 3, quotaBytes: 10_000_000 };
    const images = await Promise.all(Array.from({ length: 8 }, (_, i) => png(i * 20)));
    const results = await Promise.allSettled(images.map((b) => saveUpload(db, b, {}, { uploader: ana, limits })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(3);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected").map((r) => r.reason);
    expect(refused).toHaveLength(5);
    for (const err of refused) {
      expect(err.status).toBe(429);
      expect(err.retryAfterSeconds).toBeGreaterThan(3000);
      expect(err.message).toMatch(/3 images in the last hour.*UPLOADS_PER_HOUR/);
    }
    expect((await uploadUsage(db, ana)).lastHour).toBe(3);
    // A key with the same number is another uploader.
    await expect(saveUpload(db, images[0], {}, { uploader: key, limits })).resolves.toMatchObject({ width: 8 });
  });

  it("refuses an upload that would pass the quota with 403 saying what is used, and keeps nothing of it", async () => {
    const first = await png(1);
    const limits = { perHour: 100, quotaBytes: first.byteLength * 2 + 10 };
    await saveUpload(db, first, {}, { uploader: ana, limits });
    await saveUpload(db, await png(2), {}, { uploader: ana, limits });
    const before = await db.selectFrom("media_files").select("name").execute();
    await expect(saveUpload(db, await png(3), {}, { uploader: ana, limits })).rejects.toMatchObject({
      status: 403,
      field: "file",
      message: expect.stringMatching(/quota.*used.*UPLOAD_QUOTA_MB/),
    });
    expect(await db.selectFrom("media_files").select("name").execute()).toEqual(before);
    expect(await db.selectFrom("images").selectAll().execute()).toHaveLength(2);
    // Deleting an unused image frees its share of the quota.
    const [gone] = before;
    await deleteUnusedUpload(db, gone.name, { uploader: ana, mayDeleteAny: false });
    await expect(saveUpload(db, await png(3), {}, { uploader: ana, limits })).resolves.toBeTruthy();
  });
});

describe("deleting unused uploads", () => {
  const limits = { perHour: 100, quotaBytes: 100_000_000 };

  it("deletes the uploader's unused image (file and library rows); others need mayDeleteAny", async () => {
    const up = await saveUpload(db, await png(5), { alt: "x" }, { uploader: ana, limits });
    const bob: Uploader = { kind: "user", id: 8 };
    await expect(deleteUnusedUpload(db, name(up.src), { uploader: bob, mayDeleteAny: false })).rejects.toMatchObject({ status: 403 });
    expect(await readMediaFile(db, name(up.src))).not.toBeNull();
    await deleteUnusedUpload(db, name(up.src), { uploader: bob, mayDeleteAny: true });
    expect(await readMediaFile(db, name(up.src))).toBeNull();
    expect(await db.selectFrom("images").selectAll().where("src", "=", up.src).execute()).toEqual([]);
    await expect(deleteUnusedUpload(db, name(up.src), { uploader: ana, mayDeleteAny: true })).rejects.toMatchObject({ status: 404 });
    await expect(deleteUnusedUpload(db, "../../etc/passwd", { uploader: ana, mayDeleteAny: true })).rejects.toMatchObject({ status: 404 });
  });

  it("refuses (409, naming the use) to delete an image a hero, a body or only an old revision still uses", async () => {
    const hero = await saveUpload(db, await png(6), {}, { uploader: ana, limits });
    const inBody = await saveUpload(db, await png(7), {}, { uploader: ana, limits });
    const asHero = { src: hero.src, alt: "A pier" };
    await seedArticle(db, { slug: "pier", title: "Pier", body: "x", heroImage: { ...asHero, width: 8, height: 8 } });
    const a = await seedArticle(db, { slug: "harbour", title: "Harbour", body: `Look: ![A boat](${inBody.src})` });
    const actor = { mayDeleteAny: true, uploader: ana };
    await expect(deleteUnusedUpload(db, name(hero.src), actor)).rejects.toMatchObject({ status: 409, message: expect.stringContaining('hero image of article "pier"') });
    await expect(deleteUnusedUpload(db, name(inBody.src), actor)).rejects.toMatchObject({ status: 409, message: expect.stringContaining('body of article "harbour"') });
    // Taken out of the body, the image is still in revision 1, which may be restored.
    await updateArticle(db, a.id, { body: "No picture now" }, systemActor);
    await expect(deleteUnusedUpload(db, name(inBody.src), actor)).rejects.toMatchObject({ status: 409, message: expect.stringMatching(/revision 1 of article "harbour"/) });
    expect(await readMediaFile(db, name(inBody.src))).not.toBeNull();
  });
});

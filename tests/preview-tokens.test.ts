import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDraft, type Actor } from "@/lib/content/article-writes";
import { publishArticle, unpublishArticle } from "@/lib/content/publishing";
import { getNewsroomArticle } from "@/lib/content/newsroom-queries";
import type { Db } from "@/lib/db/connection";
import { previewSecretOf, rotatePreviewSecret } from "@/lib/content/preview-secrets";
import { signPreviewToken, verifyPreviewToken } from "@/lib/newsroom/preview-tokens";
import { NotFoundError } from "@/lib/errors";
import { tempDb } from "./helpers/temp-db";

let db: Db;
let cleanup: () => Promise<void>;
let articleId: number;

const KEY = "k".repeat(16) + "preview-signing-key";
const now = new Date(Date.UTC(2026, 10, 24, 9));
const hours = (h: number) => new Date(now.getTime() + h * 3_600_000);
const desk: Actor = { userId: 1, label: "Night Desk" };
const lookup = () => ({ previewSecretFor: (id: number) => previewSecretOf(db, id) });

beforeEach(async () => {
  ({ db, cleanup } = await tempDb());
  articleId = (await createDraft(db, { title: "Embargoed", body: "x" }, { userId: 1, label: "Ana" })).article.id;
});
afterEach(async () => cleanup());

async function tokenFor(id = articleId, expiresAt?: Date) {
  const a = await getNewsroomArticle(db, id);
  return signPreviewToken({ articleId: id, previewSecret: a!.previewSecret, expiresAt }, KEY, { now });
}

describe("preview tokens", () => {
  it("open the article they were signed for until they expire (48 hours by default)", async () => {
    const token = await tokenFor();
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await verifyPreviewToken(token, lookup(), KEY, { now })).toEqual({ articleId });
    expect(await verifyPreviewToken(token, lookup(), KEY, { now: hours(47.9) })).toEqual({ articleId });
    expect(await verifyPreviewToken(token, lookup(), KEY, { now: hours(48) })).toBeNull();

    const short = await tokenFor(articleId, hours(1));
    expect(await verifyPreviewToken(short, lookup(), KEY, { now: hours(0.5) })).toEqual({ articleId });
    expect(await verifyPreviewToken(short, lookup(), KEY, { now: hours(2) })).toBeNull();
  });

  it("refuse tampering: another article id, a longer expiry, a changed signature, another key, garbage", async () => {
    const token = await tokenFor();
    const [id, exp, mac] = Buffer.from(token, "base64url").toString().split(".");
    const forge = (s: string) => Buffer.from(s).toString("base64url");
    const other = (await createDraft(db, { title: "Other", body: "x" }, { userId: 1, label: "Ana" })).article.id;

    expect(await verifyPreviewToken(forge(`${other}.${exp}.${mac}`), lookup(), KEY, { now })).toBeNull();
    expect(await verifyPreviewToken(forge(`${id}.${Number(exp) + 86_400}.${mac}`), lookup(), KEY, { now })).toBeNull();
    const flipped = (mac[0] === "A" ? "B" : "A") + mac.slice(1);
    expect(await verifyPreviewToken(forge(`${id}.${exp}.${flipped}`), lookup(), KEY, { now })).toBeNull();
    expect(await verifyPreviewToken(token, lookup(), "another-key-that-is-long-enough-too", { now })).toBeNull();
    for (const junk of ["", "not a token", forge("1.2"), forge(`${id}.${exp}.`), "%%%"]) {
      expect(await verifyPreviewToken(junk, lookup(), KEY, { now })).toBeNull();
    }
    expect(await verifyPreviewToken(await tokenFor(), { previewSecretFor: async () => null }, KEY, { now })).toBeNull();
  });

  it("are all revoked when the article's preview secret is rotated", async () => {
    const token = await tokenFor();
    const before = (await getNewsroomArticle(db, articleId))!.previewSecret;
    const after = await rotatePreviewSecret(db, articleId);
    expect(after).not.toBe(before);
    expect(await verifyPreviewToken(token, lookup(), KEY, { now })).toBeNull();
    expect(await verifyPreviewToken(await tokenFor(), lookup(), KEY, { now })).toEqual({ articleId });
    await expect(rotatePreviewSecret(db, 9999)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("minted before publishing, stop working once the article is unpublished, and stay dead when it is republished", async () => {
    const token = await tokenFor(); // the link sent out while it was a draft (the preview cookie holds the same token)
    await publishArticle(db, articleId, {}, desk, { now });
    expect(await verifyPreviewToken(token, lookup(), KEY, { now: hours(1) })).toEqual({ articleId });

    await unpublishArticle(db, articleId, desk, { now: hours(2) });
    expect(await verifyPreviewToken(token, lookup(), KEY, { now: hours(2) })).toBeNull();
    const fresh = await tokenFor(); // the console's new share link works
    expect(await verifyPreviewToken(fresh, lookup(), KEY, { now: hours(2) })).toEqual({ articleId });

    await publishArticle(db, articleId, {}, desk, { now: hours(3) });
    expect(await verifyPreviewToken(token, lookup(), KEY, { now: hours(3) })).toBeNull();
    // Unpublishing an article already off the site takes nothing away, so a link minted since keeps working.
    await unpublishArticle(db, articleId, desk, { now: hours(4) });
    const later = await tokenFor();
    await unpublishArticle(db, articleId, desk, { now: hours(5) });
    expect(await verifyPreviewToken(later, lookup(), KEY, { now: hours(5) })).toEqual({ articleId });
  });

  it("refuse a short signing key", () => {
    expect(() => signPreviewToken({ articleId: 1, previewSecret: "s" }, "short")).toThrow(/at least 32/);
  });

  it("articles written without a preview secret get one when the newsroom reads them", async () => {
    await db.updateTable("articles").set({ preview_secret: "" }).where("id", "=", articleId).execute();
    expect(await previewSecretOf(db, articleId)).toBeNull();
    const secret = (await getNewsroomArticle(db, articleId))!.previewSecret;
    expect(secret).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(await previewSecretOf(db, articleId)).toBe(secret);
  });
});

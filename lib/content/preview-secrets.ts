import { randomBytes } from "node:crypto";
import type { Db } from "../db/connection";
import { NotFoundError } from "../errors";

/**
 * Each article's preview secret: a random value stored with the article that every preview link's signature
 * covers (lib/newsroom/preview-tokens.ts signs and checks the links), so replacing it revokes them all.
 */

/** A fresh random preview secret: 192 bits from the CSPRNG, URL-safe. */
export function newPreviewSecret(): string {
  return randomBytes(24).toString("base64url");
}

/** The article's current preview secret (null when there is no such article), for `verifyPreviewToken`. */
export async function previewSecretOf(db: Db, articleId: number): Promise<string | null> {
  const row = await db.selectFrom("articles").select("preview_secret").where("id", "=", articleId).executeTakeFirst();
  return row?.preview_secret || null;
}

/** Gives the article a new preview secret, revoking every preview link signed for it. Returns the new secret. */
export async function rotatePreviewSecret(db: Db, articleId: number): Promise<string> {
  const secret = newPreviewSecret();
  const result = await db.updateTable("articles").set({ preview_secret: secret }).where("id", "=", articleId).executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw new NotFoundError(`There is no article #${articleId}: check the id in the newsroom's list`);
  return secret;
}

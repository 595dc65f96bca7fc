import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Shareable preview links for unpublished articles. A token names the article and an expiry and is signed
 * (HMAC-SHA256) with a server key over the article's preview secret too, so:
 * - nobody can forge or extend one without the key;
 * - it stops working at its expiry (48 hours unless asked otherwise);
 * - replacing the article's preview secret (`rotatePreviewSecret` in lib/content/preview-secrets.ts) revokes every link given out for it.
 * Tokens carry no secret: the MAC is one-way, and the preview secret never leaves the database.
 */

export const PREVIEW_TTL_MS = 48 * 3_600_000;

function mac(key: string, articleId: number, expiresAtUnix: number, previewSecret: string): Buffer {
  return createHmac("sha256", key).update(`${articleId}.${expiresAtUnix}.${previewSecret}`).digest();
}

function requireKey(key: string): void {
  // A short key can be guessed offline from any token; refuse it rather than sign weakly.
  if (typeof key !== "string" || key.length < 32) throw new Error("The preview signing key must be at least 32 characters");
}

/**
 * A token for the article's preview link, valid until `expiresAt` (default: 48 hours from `now`).
 * The token is base64url of `articleId.expiresAtUnix.mac`.
 */
export function signPreviewToken(
  { articleId, previewSecret, expiresAt }: { articleId: number; previewSecret: string; expiresAt?: Date | string },
  key: string,
  { now = new Date() }: { now?: Date } = {},
): string {
  requireKey(key);
  if (!Number.isSafeInteger(articleId) || articleId <= 0) throw new Error(`Not an article id: ${articleId}`);
  if (!previewSecret) throw new Error(`Article ${articleId} has no preview secret; rotatePreviewSecret() gives it one`);
  const at = expiresAt === undefined ? new Date(now.getTime() + PREVIEW_TTL_MS) : new Date(expiresAt);
  if (Number.isNaN(at.getTime())) throw new Error("expiresAt is not a valid time");
  const unix = Math.floor(at.getTime() / 1000);
  const sig = mac(key, articleId, unix, previewSecret).toString("base64url");
  return Buffer.from(`${articleId}.${unix}.${sig}`).toString("base64url");
}

/**
 * The article a preview token opens, or null when the token is malformed, tampered with, expired, or revoked
 * (its article's preview secret changed, or the article is gone). Never says which, so it leaks nothing.
 */
export async function verifyPreviewToken(
  token: string,
  { previewSecretFor }: { previewSecretFor: (articleId: number) => Promise<string | null> },
  key: string,
  { now = new Date() }: { now?: Date } = {},
): Promise<{ articleId: number } | null> {
  requireKey(key);
  if (typeof token !== "string" || token.length === 0 || token.length > 512 || !/^[A-Za-z0-9_-]+$/.test(token)) return null;
  const parts = Buffer.from(token, "base64url").toString("utf8").split(".");
  if (parts.length !== 3 || !/^[1-9]\d{0,15}$/.test(parts[0]) || !/^\d{1,12}$/.test(parts[1])) return null;
  const articleId = Number(parts[0]);
  const unix = Number(parts[1]);
  if (!Number.isSafeInteger(articleId) || unix * 1000 <= now.getTime()) return null;
  const given = Buffer.from(parts[2], "base64url");
  const secret = await previewSecretFor(articleId);
  if (!secret) return null;
  const expected = mac(key, articleId, unix, secret);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return { articleId };
}

import { createHash, randomBytes } from "node:crypto";

/**
 * Bearer secrets (session tokens, API keys) are 256 random bits, so a plain SHA-256 is enough to store them:
 * unlike passwords they cannot be guessed, and a fast hash keeps every request's lookup cheap.
 */

/** 32 random bytes as base64url: 43 characters, safe in cookies and headers. */
export function randomToken(): string {
  return randomBytes(32).toString("base64url");
}

/** The stored form of a token: hex SHA-256. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

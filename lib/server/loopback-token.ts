import { randomBytes, timingSafeEqual } from "node:crypto";

/**
 * A secret known only to this server process. The watcher runs outside any request, where Next.js cannot
 * revalidate tags, so it asks its own server to do it over loopback, proving with this token that it is itself.
 */
const store = globalThis as unknown as { __dispatchRefreshToken?: string };

export function refreshToken(): string {
  store.__dispatchRefreshToken ??= randomBytes(32).toString("hex");
  return store.__dispatchRefreshToken;
}

export function isRefreshToken(candidate: string | null): boolean {
  if (!candidate) return false;
  const a = Buffer.from(candidate);
  const b = Buffer.from(refreshToken());
  return a.length === b.length && timingSafeEqual(a, b);
}

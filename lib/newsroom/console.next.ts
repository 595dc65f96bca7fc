import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { config } from "../config";
import { db } from "../db/connection";
import { clientAddress } from "../server/client-address";
import type { Principal } from "./roles";
import { getSessionPrincipal, SESSION_COOKIE } from "./sessions";

/**
 * Server-side helpers of the newsroom console (app/newsroom, app/api/newsroom): who is signed in, where to send
 * them when nobody is, and the checks that keep other sites from using the cookie to change anything.
 */

export type SessionUser = Extract<Principal, { kind: "user" }>;

/** The signed-in person, or null: for the frame, which also wraps the sign-in page. */
export async function currentSession(): Promise<SessionUser | null> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  const principal = token ? await getSessionPrincipal(db(), token) : null;
  return principal?.kind === "user" ? principal : null;
}

/** The signed-in person; without a valid session, a redirect to the sign-in page that comes back to `path`. */
export async function requireSession(path: string): Promise<SessionUser> {
  const user = await currentSession();
  if (!user) redirect(`/newsroom/login?next=${encodeURIComponent(safeNextPath(path))}`);
  return user;
}

/**
 * Where to go after signing in: only a path inside the console, so a crafted link cannot bounce a person to
 * another site (`//evil`, `/\evil`, absolute URLs) or to an API route.
 */
export function safeNextPath(raw: unknown): string {
  if (typeof raw !== "string") return "/newsroom";
  if (!/^\/newsroom(?:[/?#]|$)/.test(raw) || /[\\\s\u0000-\u001f]/.test(raw) || raw.startsWith("/newsroom/login")) return "/newsroom";
  return raw.slice(0, 500);
}

/** Whether the request reached us over https, directly or through a proxy that says so. */
export function isHttps(request: Request): boolean {
  const forwarded = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  return forwarded === "https" || new URL(request.url).protocol === "https:";
}

/**
 * The caller's address for rate limiting: the socket's, or what X-Forwarded-For says when the socket is one of
 * TRUSTED_PROXIES (lib/server/client-address.ts).
 */
export function clientIp(request: Request): string {
  return clientAddress(request.headers, config().trustedProxies);
}

/**
 * Whether a cookie-writing or state-changing form post comes from our own pages (the same rule as the admin API):
 * Sec-Fetch-Site same-origin when the browser sends it, and an Origin that is this site.
 */
export function isSameOrigin(request: Request): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin") return false;
  const origin = request.headers.get("origin");
  if (!origin) return site === "same-origin";
  const url = new URL(request.url);
  const allowed = new Set([config().siteUrl, url.origin]);
  const host = request.headers.get("host");
  if (host) allowed.add(`${url.protocol}//${host}`);
  return allowed.has(origin);
}

/** A 303 to a path on this site, resolved against the configured site URL (the request URL may be internal). */
export function seeOther(path: string, headers?: HeadersInit): Response {
  const res = new Response(null, { status: 303, headers });
  res.headers.set("Location", path);
  res.headers.set("Cache-Control", "private, no-store");
  return res;
}

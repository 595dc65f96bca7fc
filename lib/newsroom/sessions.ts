import type { Db } from "../db/connection";
import type { Principal } from "./roles";
import { hashToken, randomToken } from "./tokens";

/**
 * Server-side sessions. The browser holds a random token in an httpOnly cookie; the database holds only its
 * SHA-256, so neither a copy of the database nor its logs can sign anyone in, and signing out (deleting the
 * row) ends the session everywhere at once.
 *
 * Expiry slides: each session keeps its own idle window (ttlMs at creation, 12 hours by default), renewed by use,
 * but never beyond SESSION_MAX_AGE_MS after sign-in, so a stolen cookie in constant use still dies.
 */

export const SESSION_COOKIE = "dispatch_session";
export const SESSION_TTL_MS = 12 * 3_600_000;
export const SESSION_MAX_AGE_MS = 7 * 86_400_000;
/** Activity is written at most this often per session: one write a minute, not one per request. */
const TOUCH_EVERY_MS = 60_000;

type Clock = { now?: Date };

/**
 * Options for the session cookie. The cookie may live as long as the server could accept the session; the server
 * decides, so an idle session is refused even while the browser still sends its cookie.
 */
export function sessionCookieOptions(secure: boolean) {
  return { httpOnly: true, secure, sameSite: "lax" as const, path: "/", maxAge: SESSION_MAX_AGE_MS / 1000 };
}

/** Opens a session for an account and returns the token for the cookie (shown only here) and its expiry. */
export async function createSession(
  db: Db,
  userId: number,
  {
    now = new Date(),
    ttlMs = SESSION_TTL_MS,
    userAgent,
    ip,
  }: Clock & { ttlMs?: number; userAgent?: string | null; ip?: string | null } = {},
): Promise<{ token: string; expiresAt: string }> {
  const token = randomToken();
  const expiresAt = new Date(now.getTime() + Math.min(ttlMs, SESSION_MAX_AGE_MS)).toISOString();
  await db
    .insertInto("sessions")
    .values({
      id: hashToken(token),
      user_id: userId,
      created_at: now.toISOString(),
      expires_at: expiresAt,
      last_seen_at: now.toISOString(),
      user_agent: userAgent?.slice(0, 500) ?? null,
      ip: ip?.slice(0, 100) ?? null,
    })
    .execute();
  return { token, expiresAt };
}

/** Whether a string could be a token we issued; anything else is refused without a query. */
function plausibleToken(token: string | null | undefined): token is string {
  return typeof token === "string" && /^[A-Za-z0-9_-]{43}$/.test(token);
}

/**
 * Who the session token belongs to, or null when the token is unknown, expired or its account is disabled.
 * Renews the session's idle window (and last_seen_at) at most once a minute.
 */
export async function getSessionPrincipal(
  db: Db,
  token: string | null | undefined,
  { now = new Date() }: Clock = {},
): Promise<Principal | null> {
  if (!plausibleToken(token)) return null;
  const id = hashToken(token);
  const row = await db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .select([
      "sessions.created_at",
      "sessions.expires_at",
      "sessions.last_seen_at",
      "users.id as user_id",
      "users.email",
      "users.name",
      "users.role",
      "users.disabled_at",
    ])
    .where("sessions.id", "=", id)
    .executeTakeFirst();
  if (!row) return null;
  const t = now.getTime();
  if (Date.parse(row.expires_at) <= t) {
    await db.deleteFrom("sessions").where("id", "=", id).execute();
    return null;
  }
  if (row.disabled_at !== null) return null;

  const lastSeen = Date.parse(row.last_seen_at);
  if (t - lastSeen >= TOUCH_EVERY_MS) {
    const window = Date.parse(row.expires_at) - lastSeen; // the session's own idle window
    const cap = Date.parse(row.created_at) + SESSION_MAX_AGE_MS;
    await db
      .updateTable("sessions")
      .set({ last_seen_at: now.toISOString(), expires_at: new Date(Math.min(t + window, cap)).toISOString() })
      .where("id", "=", id)
      .execute();
  }
  return { kind: "user", userId: row.user_id, name: row.name, email: row.email, role: row.role };
}

/** Signs out: the session ends server-side, whatever the browser does with its cookie. */
export async function endSession(db: Db, token: string | null | undefined): Promise<void> {
  if (!plausibleToken(token)) return;
  await db.deleteFrom("sessions").where("id", "=", hashToken(token)).execute();
}

/** Ends every session of an account (sign out everywhere); returns how many there were. */
export async function endAllSessions(db: Db, userId: number): Promise<number> {
  const r = await db.deleteFrom("sessions").where("user_id", "=", userId).executeTakeFirst();
  return Number(r.numDeletedRows);
}

/** Deletes sessions that expired before `now`, for a periodic clean-up; returns how many. */
export async function pruneExpiredSessions(db: Db, { now = new Date() }: Clock = {}): Promise<number> {
  const r = await db.deleteFrom("sessions").where("expires_at", "<=", now.toISOString()).executeTakeFirst();
  return Number(r.numDeletedRows);
}

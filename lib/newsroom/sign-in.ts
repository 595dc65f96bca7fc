import { randomUUID } from "node:crypto";
import type { Db } from "../db/connection";
import { hashPassword, verifyPassword } from "./passwords";
import type { Principal } from "./roles";
import { createSession } from "./sessions";
import { findUserCredentials } from "./users";

/**
 * Sign-in with email and password, rate-limited per account and per address. Limits count the failed attempts
 * of the last 15 minutes since the last success for that email or address, from the login_attempts table, so
 * every web process shares them. Unknown email, wrong password and disabled account all answer the same
 * "invalid", after the same scrypt work, so neither the answer nor its timing tells which accounts exist.
 */

export const SIGN_IN_LIMITS = { perEmail: 5, perIp: 20, windowMs: 15 * 60_000 } as const;
/** Attempts older than this are deleted on the next sign-in: far beyond any window, so the table stays small. */
const KEEP_ATTEMPTS_MS = 86_400_000;

export type SignInInput = { email: string; password: string; ip: string; userAgent?: string | null; now?: Date };

export type SignInResult =
  | { ok: true; token: string; expiresAt: string; principal: Extract<Principal, { kind: "user" }> }
  | { ok: false; reason: "invalid" | "rate-limited"; retryAfterSeconds?: number };

let dummyHash: Promise<string> | undefined;

export async function signIn(db: Db, { email, password, ip, userAgent, now = new Date() }: SignInInput): Promise<SignInResult> {
  const address = String(email ?? "").trim().toLowerCase();
  const keys = [`email:${address}`, `ip:${String(ip ?? "").trim().slice(0, 100) || "unknown"}`] as const;
  const at = now.toISOString();

  await db
    .deleteFrom("login_attempts")
    .where("attempted_at", "<", new Date(now.getTime() - KEEP_ATTEMPTS_MS).toISOString())
    .execute();

  const wait = Math.max(
    await secondsLocked(db, keys[0], SIGN_IN_LIMITS.perEmail, now),
    await secondsLocked(db, keys[1], SIGN_IN_LIMITS.perIp, now),
  );
  if (wait > 0) {
    await record(db, keys, at, false);
    return { ok: false, reason: "rate-limited", retryAfterSeconds: wait };
  }

  const found = address.length <= 254 ? await findUserCredentials(db, address) : null;
  // An unknown email still costs one scrypt, against a hash of nothing anyone knows.
  dummyHash ??= hashPassword(randomUUID());
  const matches = await verifyPassword(String(password ?? ""), found?.passwordHash ?? (await dummyHash));
  const ok = matches && found !== null && found.user.disabledAt === null;
  await record(db, keys, at, ok);
  if (!ok) return { ok: false, reason: "invalid" };

  const { user } = found;
  const session = await createSession(db, user.id, { now, userAgent, ip });
  return {
    ok: true,
    ...session,
    principal: { kind: "user", userId: user.id, name: user.name, email: user.email, role: user.role },
  };
}

async function record(db: Db, keys: readonly string[], at: string, succeeded: boolean): Promise<void> {
  await db
    .insertInto("login_attempts")
    .values(keys.map((key) => ({ key, attempted_at: at, succeeded: succeeded ? 1 : 0 })))
    .execute();
}

/** Seconds until `key` may try again: 0 when it has fewer than `limit` failures in the window since its last success. */
async function secondsLocked(db: Db, key: string, limit: number, now: Date): Promise<number> {
  const { windowMs } = SIGN_IN_LIMITS;
  const lastSuccess = await db
    .selectFrom("login_attempts")
    .select("attempted_at")
    .where("key", "=", key)
    .where("succeeded", "=", 1)
    .orderBy("attempted_at", "desc")
    .limit(1)
    .executeTakeFirst();
  const windowStart = new Date(now.getTime() - windowMs).toISOString();
  const since = lastSuccess && lastSuccess.attempted_at > windowStart ? lastSuccess.attempted_at : windowStart;
  const failures = await db
    .selectFrom("login_attempts")
    .select("attempted_at")
    .where("key", "=", key)
    .where("succeeded", "=", 0)
    .where("attempted_at", ">", since)
    .where("attempted_at", "<=", now.toISOString())
    .orderBy("attempted_at", "asc")
    .execute();
  if (failures.length < limit) return 0;
  // Free again once enough of the oldest failures leave the window to bring the count under the limit.
  const freeAt = Date.parse(failures[failures.length - limit].attempted_at) + windowMs;
  return Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000));
}

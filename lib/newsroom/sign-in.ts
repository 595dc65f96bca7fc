import { randomUUID } from "node:crypto";
import type { Db } from "../db/connection";
import { underLock } from "../db/locks";
import { hashPassword, verifyPassword } from "./passwords";
import type { Principal } from "./roles";
import { createSession } from "./sessions";
import { findUserCredentials } from "./users";

/**
 * Sign-in with email and password, rate-limited by three counts of failed attempts in login_attempts (so every web
 * process shares them):
 * - one email from one address (`pair:<address> <email>`): 5 failures in 15 minutes, then that pair waits until the
 *   oldest failure leaves the window. A success there starts the count again. This is the limit a guesser meets,
 *   and it keeps no one else out: the owner signs in from their own address meanwhile.
 * - one email from anywhere (`email:<email>`): 20 failures in an hour, against guessing from many addresses. It does
 *   not apply from an address this email signed in from in the last 30 days, so strangers cannot keep the owner out.
 * - one address for any email (`ip:<address>`): 20 failures in 15 minutes. A success does not start it again (a
 *   guesser's own account would otherwise wipe the count of their guesses).
 * Check and record are one step: under a lock per key, an attempt the limits allow is written as a failure before
 * its password is checked (and marked a success afterwards if it was one), so however many arrive at once, no more
 * than the limit are ever checked. Attempts a limit refuses are not recorded: they extend nobody's wait.
 * Unknown email, wrong password and disabled account all answer the same "invalid", after the same scrypt work, so
 * neither the answer nor its timing tells which accounts exist.
 */

export const SIGN_IN_LIMITS = {
  /** Failures of one email from one address in `windowMs`; a success starts the count again. */
  perEmailAndIp: 5,
  /** Failures of one email from any address in `emailWindowMs`, except from the email's known addresses. */
  perEmail: 20,
  /** Failures from one address, any email, in `windowMs`. */
  perIp: 20,
  windowMs: 15 * 60_000,
  emailWindowMs: 60 * 60_000,
  /** An address the email signed in from this recently is its owner's: the per-email limit does not apply there. */
  knownAddressMs: 30 * 86_400_000,
} as const;
/** Failures older than this are deleted on the next sign-in: far beyond any window, so the table stays small. */
const KEEP_ATTEMPTS_MS = 86_400_000;

export type SignInInput = { email: string; password: string; ip: string; userAgent?: string | null; now?: Date };

export type SignInResult =
  | { ok: true; token: string; expiresAt: string; principal: Extract<Principal, { kind: "user" }> }
  | { ok: false; reason: "invalid" | "rate-limited"; retryAfterSeconds?: number };

let dummyHash: Promise<string> | undefined;

export async function signIn(db: Db, { email, password, ip, userAgent, now = new Date() }: SignInInput): Promise<SignInResult> {
  const address = String(email ?? "").trim().toLowerCase().slice(0, 320);
  const from = String(ip ?? "").trim().slice(0, 100) || "unknown";
  const keys = { pair: `pair:${from} ${address}`, email: `email:${address}`, ip: `ip:${from}` };

  await prune(db, now);
  const attempt = randomUUID();
  const wait = await underLock(db, SIGN_IN_LOCK, Object.values(keys), async (trx) => {
    const known = await signedInFrom(trx, keys.pair, now);
    const waits = [
      await secondsToWait(trx, keys.pair, SIGN_IN_LIMITS.perEmailAndIp, SIGN_IN_LIMITS.windowMs, true, now),
      known ? 0 : await secondsToWait(trx, keys.email, SIGN_IN_LIMITS.perEmail, SIGN_IN_LIMITS.emailWindowMs, false, now),
      await secondsToWait(trx, keys.ip, SIGN_IN_LIMITS.perIp, SIGN_IN_LIMITS.windowMs, false, now),
    ];
    const longest = Math.max(...waits);
    if (longest > 0) return longest; // refused: nothing recorded
    const at = now.toISOString();
    await trx
      .insertInto("login_attempts")
      .values(Object.values(keys).map((key) => ({ key, attempted_at: at, succeeded: 0, attempt })))
      .execute();
    return 0;
  });
  if (wait > 0) return { ok: false, reason: "rate-limited", retryAfterSeconds: wait };

  const found = address.length <= 254 ? await findUserCredentials(db, address) : null;
  // An unknown email still costs one scrypt, against a hash of nothing anyone knows.
  dummyHash ??= hashPassword(randomUUID());
  const matches = await verifyPassword(String(password ?? ""), found?.passwordHash ?? (await dummyHash));
  const ok = matches && found !== null && found.user.disabledAt === null;
  if (!ok) return { ok: false, reason: "invalid" };

  await db.updateTable("login_attempts").set({ succeeded: 1 }).where("attempt", "=", attempt).execute();
  const { user } = found;
  const session = await createSession(db, user.id, { now, userAgent, ip });
  return {
    ok: true,
    ...session,
    principal: { kind: "user", userId: user.id, name: user.name, email: user.email, role: user.role },
  };
}

/** Deletes failures older than a day, and successes once they no longer make an address known. */
async function prune(db: Db, now: Date): Promise<void> {
  const before = (ms: number) => new Date(now.getTime() - ms).toISOString();
  await db
    .deleteFrom("login_attempts")
    .where((eb) =>
      eb.or([
        eb("attempted_at", "<", before(SIGN_IN_LIMITS.knownAddressMs)),
        eb.and([eb("attempted_at", "<", before(KEEP_ATTEMPTS_MS)), eb.or([eb("succeeded", "=", 0), eb("key", "not like", "pair:%")])]),
      ]),
    )
    .execute();
}

/** "DSIN": the advisory-lock namespace of sign-in limits on PostgreSQL; the second key is a hash of the limit's key. */
const SIGN_IN_LOCK = 0x4453494e;

/** Whether this email signed in from this address (the pair's key) within knownAddressMs. */
async function signedInFrom(db: Db, pairKey: string, now: Date): Promise<boolean> {
  const row = await db
    .selectFrom("login_attempts")
    .select("key")
    .where("key", "=", pairKey)
    .where("succeeded", "=", 1)
    .where("attempted_at", ">", new Date(now.getTime() - SIGN_IN_LIMITS.knownAddressMs).toISOString())
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Seconds until `key` may try again: 0 when it has fewer than `limit` failures in the window (since its last success
 * when `resetBySuccess`). Attempts whose password is still being checked count as failures.
 */
async function secondsToWait(db: Db, key: string, limit: number, windowMs: number, resetBySuccess: boolean, now: Date): Promise<number> {
  let since = new Date(now.getTime() - windowMs).toISOString();
  if (resetBySuccess) {
    const lastSuccess = await db
      .selectFrom("login_attempts")
      .select("attempted_at")
      .where("key", "=", key)
      .where("succeeded", "=", 1)
      .where("attempted_at", ">", since)
      .orderBy("attempted_at", "desc")
      .limit(1)
      .executeTakeFirst();
    if (lastSuccess) since = lastSuccess.attempted_at;
  }
  const failures = await db
    .selectFrom("login_attempts")
    .select("attempted_at")
    .where("key", "=", key)
    .where("succeeded", "=", 0)
    .where("attempted_at", ">", since)
    .orderBy("attempted_at", "asc")
    .execute();
  if (failures.length < limit) return 0;
  // Free again once enough of the oldest failures leave the window to bring the count under the limit.
  const freeAt = Date.parse(failures[failures.length - limit].attempted_at) + windowMs;
  return Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000));
}

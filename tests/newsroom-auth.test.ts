import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/connection";
import { createApiKey, listApiKeys, principalFromAuthorizationHeader, revokeApiKey, verifyApiKey } from "@/lib/newsroom/api-keys";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { hashPassword, passwordSchema, verifyPassword } from "@/lib/newsroom/passwords";
import { ACTIONS, can, requirePermission, type Principal } from "@/lib/newsroom/roles";
import {
  createSession,
  endAllSessions,
  endSession,
  getSessionPrincipal,
  SESSION_COOKIE,
  SESSION_MAX_AGE_MS,
  sessionCookieOptions,
} from "@/lib/newsroom/sessions";
import { SIGN_IN_LIMITS, signIn } from "@/lib/newsroom/sign-in";
import { createUser, disableUser, findUserByEmail, getUser, listUsers, setUserPassword } from "@/lib/newsroom/users";
import { tempDb } from "./helpers/temp-db";

let db: Db;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ db, cleanup } = await tempDb());
});
afterEach(async () => cleanup());

const PASSWORD = "correct horse battery";
const T0 = new Date("2026-11-24T09:00:00.000Z");
const at = (ms: number) => new Date(T0.getTime() + ms);
const MIN = 60_000;

async function ana(role: "writer" | "editor" | "admin" = "editor") {
  return createUser(db, { email: " Ana@Example.org ", name: "Ana  Lima", role, password: PASSWORD });
}

async function caught(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    () => expect.fail("expected an error"),
    (e: unknown) => e,
  );
}

describe("passwords", () => {
  it("hashes with salted scrypt and verifies only the right password", async () => {
    const h = await hashPassword(PASSWORD);
    expect(h).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(h).not.toContain(PASSWORD);
    expect(await hashPassword(PASSWORD)).not.toBe(h); // a fresh salt each time
    expect(await verifyPassword(PASSWORD, h)).toBe(true);
    expect(await verifyPassword("correct horse battery!", h)).toBe(false);
    expect(await verifyPassword(PASSWORD, "not-a-hash")).toBe(false);
    expect(await verifyPassword(PASSWORD, "scrypt$3$8$1$AAAA$AAAA")).toBe(false);
  });

  it("asks for 12 to 200 characters", () => {
    expect(passwordSchema.safeParse("short pw").error?.issues[0].message).toMatch(/at least 12 characters \(it has 8\)/);
    expect(passwordSchema.safeParse("x".repeat(201)).error?.issues[0].message).toMatch(/200 characters/);
    expect(passwordSchema.safeParse("twelve chars").success).toBe(true);
  });
});

describe("roles", () => {
  it("grants writers drafts, editors publishing and admins accounts and keys", () => {
    const allowed = (role: "writer" | "editor" | "admin") => ACTIONS.filter((a) => can(role, a)).sort();
    expect(allowed("writer")).toEqual(["article:create", "article:edit-own", "media:upload"]);
    expect(allowed("editor")).toEqual(
      [
        "article:create",
        "article:edit-own",
        "article:edit-any",
        "article:publish",
        "author:write",
        "blog:write",
        "breaking:write",
        "media:delete-any",
        "media:upload",
      ].sort(),
    );
    expect(allowed("admin")).toEqual([...ACTIONS].sort());
    expect(can("editor", "user:manage")).toBe(false);
    expect(can("editor", "key:manage")).toBe(false);
  });

  it("requirePermission throws ForbiddenError saying what the role cannot do", () => {
    const writer: Principal = { kind: "user", userId: 1, name: "W", email: "w@x.org", role: "writer" };
    expect(() => requirePermission(writer, "article:create")).not.toThrow();
    expect(() => requirePermission(writer, "article:publish")).toThrow(ForbiddenError);
    expect(() => requirePermission(writer, "article:publish")).toThrow(/writer.*cannot publish articles/);
    const key: Principal = { kind: "key", keyId: 3, name: "wire", role: "editor" };
    expect(() => requirePermission(key, "breaking:write")).not.toThrow();
    expect(() => requirePermission(key, "key:manage")).toThrow(/API key "wire" \(editor\) cannot manage API keys/);
  });
});

describe("users", () => {
  it("creates an account with a lowercased email and a hashed password", async () => {
    const u = await ana();
    expect(u).toMatchObject({ email: "ana@example.org", name: "Ana Lima", role: "editor", disabledAt: null });
    expect(await findUserByEmail(db, "ANA@example.org")).toEqual(u);
    expect(await getUser(db, u.id)).toEqual(u);
    const row = await db.selectFrom("users").selectAll().executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^scrypt\$/);
    expect(await verifyPassword(PASSWORD, row.password_hash)).toBe(true);
  });

  it("refuses a duplicate email in any case with ConflictError, and bad input with the field", async () => {
    await ana();
    const dup = await caught(createUser(db, { email: "ANA@example.org", name: "Other", role: "writer", password: PASSWORD }));
    expect(dup).toBeInstanceOf(ConflictError);
    expect((dup as ConflictError).field).toBe("email");

    const weak = await caught(createUser(db, { email: "bo@example.org", name: "Bo", role: "writer", password: "short" }));
    expect(weak).toBeInstanceOf(ValidationError);
    expect((weak as ValidationError).field).toBe("password");
    const role = await caught(createUser(db, { email: "bo@example.org", name: "Bo", role: "owner", password: PASSWORD }));
    expect((role as ValidationError).field).toBe("role");
    const email = await caught(createUser(db, { email: "bo", name: "Bo", role: "writer", password: PASSWORD }));
    expect((email as ValidationError).field).toBe("email");
    expect((await listUsers(db)).map((u) => u.email)).toEqual(["ana@example.org"]);
  });

  it("a new password ends sessions; disabling ends them and refuses the account", async () => {
    const u = await ana();
    const s = await createSession(db, u.id, { now: T0 });
    await setUserPassword(db, u.id, "a brand new passphrase");
    expect(await getSessionPrincipal(db, s.token, { now: T0 })).toBeNull();
    expect((await signIn(db, { email: u.email, password: "a brand new passphrase", ip: "10.0.0.1", now: T0 })).ok).toBe(true);

    const s2 = await createSession(db, u.id, { now: T0 });
    const disabled = await disableUser(db, u.id, { now: T0 });
    expect(disabled.disabledAt).toBe(T0.toISOString());
    expect(await getSessionPrincipal(db, s2.token, { now: T0 })).toBeNull();
    expect(await signIn(db, { email: u.email, password: "a brand new passphrase", ip: "10.0.0.1", now: at(MIN) })).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await listUsers(db, { includeDisabled: false })).toEqual([]);
    expect(await caught(disableUser(db, 999))).toBeInstanceOf(NotFoundError);
  });
});

describe("sessions", () => {
  it("stores only the token's hash and finds the principal by the token", async () => {
    const u = await ana();
    const { token, expiresAt } = await createSession(db, u.id, { now: T0, userAgent: "Firefox", ip: "10.0.0.1" });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(expiresAt).toBe(at(12 * 60 * MIN).toISOString());
    const rows = await db.selectFrom("sessions").selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(rows[0].id).toMatch(/^[0-9a-f]{64}$/);

    expect(await getSessionPrincipal(db, token, { now: at(MIN) })).toEqual({
      kind: "user",
      userId: u.id,
      name: "Ana Lima",
      email: "ana@example.org",
      role: "editor",
    });
    expect(await getSessionPrincipal(db, rows[0].id, { now: at(MIN) })).toBeNull(); // the stored hash is no token
    expect(await getSessionPrincipal(db, "garbage", { now: at(MIN) })).toBeNull();
    expect(await getSessionPrincipal(db, null)).toBeNull();
  });

  it("expires after the idle window, slides with use (a write at most once a minute) and caps at the max age", async () => {
    const u = await ana();
    const { token } = await createSession(db, u.id, { now: T0, ttlMs: 10 * MIN });
    const row = () => db.selectFrom("sessions").select(["last_seen_at", "expires_at"]).executeTakeFirstOrThrow();

    await getSessionPrincipal(db, token, { now: at(30_000) });
    expect(await row()).toEqual({ last_seen_at: T0.toISOString(), expires_at: at(10 * MIN).toISOString() });
    await getSessionPrincipal(db, token, { now: at(5 * MIN) });
    expect(await row()).toEqual({ last_seen_at: at(5 * MIN).toISOString(), expires_at: at(15 * MIN).toISOString() });

    expect(await getSessionPrincipal(db, token, { now: at(14 * MIN) })).not.toBeNull();
    expect(await getSessionPrincipal(db, token, { now: at(24 * MIN + 1) })).toBeNull();
    expect(await db.selectFrom("sessions").selectAll().execute()).toEqual([]); // an expired session is deleted

    const long = await createSession(db, u.id, { now: T0 });
    let t = 0;
    for (; t < SESSION_MAX_AGE_MS; t += 11 * 60 * MIN) {
      expect(await getSessionPrincipal(db, long.token, { now: at(t) })).not.toBeNull();
    }
    expect(await getSessionPrincipal(db, long.token, { now: at(SESSION_MAX_AGE_MS) })).toBeNull();
  });

  it("ends one session on sign-out and every session of an account on request", async () => {
    const u = await ana();
    const a = await createSession(db, u.id, { now: T0 });
    const b = await createSession(db, u.id, { now: T0 });
    await endSession(db, a.token);
    expect(await getSessionPrincipal(db, a.token, { now: T0 })).toBeNull();
    expect(await getSessionPrincipal(db, b.token, { now: T0 })).not.toBeNull();
    await createSession(db, u.id, { now: T0 });
    expect(await endAllSessions(db, u.id)).toBe(2);
    expect(await getSessionPrincipal(db, b.token, { now: T0 })).toBeNull();
  });

  it("has a cookie the page's scripts cannot read", () => {
    expect(SESSION_COOKIE).toBe("dispatch_session");
    expect(sessionCookieOptions(true)).toEqual({
      httpOnly: true,
      secure: true,
      sameSite: "lax",
      path: "/",
      maxAge: SESSION_MAX_AGE_MS / 1000,
    });
    expect(sessionCookieOptions(false).secure).toBe(false);
  });
});

describe("API keys", () => {
  it("shows the key once, stores its hash, and verifies it with its role", async () => {
    const { key, id, prefix } = await createApiKey(db, { name: " wire importer " }, { now: T0 });
    expect(key).toMatch(/^dsp_[A-Za-z0-9_-]{43}$/);
    expect(prefix).toBe(key.slice(0, 8));
    const rows = await db.selectFrom("api_keys").selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(key.slice(4));
    expect(rows[0].key_hash).toMatch(/^[0-9a-f]{64}$/);

    // No role asked for: the least privilege, writer.
    expect(await verifyApiKey(db, key, { now: T0 })).toEqual({ kind: "key", keyId: id, name: "wire importer", role: "writer" });
    expect(await principalFromAuthorizationHeader(db, `Bearer ${key}`)).toMatchObject({ keyId: id });
    expect(await principalFromAuthorizationHeader(db, `Basic ${key}`)).toBeNull();
    expect(await principalFromAuthorizationHeader(db, null)).toBeNull();
    const other = `dsp_${"A".repeat(43)}`; // well formed, never issued
    expect(await verifyApiKey(db, other)).toBeNull();

    const listed = await listApiKeys(db);
    expect(listed).toEqual([
      { id, name: "wire importer", prefix, role: "writer", createdAt: T0.toISOString(), lastUsedAt: expect.any(String), revokedAt: null },
    ]);
    expect(JSON.stringify(listed)).not.toContain(rows[0].key_hash);
  });

  it("writes last_used_at at most once a minute and refuses a revoked key", async () => {
    const { key, id } = await createApiKey(db, { name: "cms", role: "admin" }, { now: T0 });
    const lastUsed = async () => (await listApiKeys(db))[0].lastUsedAt;
    await verifyApiKey(db, key, { now: T0 });
    await verifyApiKey(db, key, { now: at(59_000) });
    expect(await lastUsed()).toBe(T0.toISOString());
    expect((await verifyApiKey(db, key, { now: at(MIN) }))?.role).toBe("admin");
    expect(await lastUsed()).toBe(at(MIN).toISOString());

    expect((await revokeApiKey(db, id, { now: at(2 * MIN) })).revokedAt).toBe(at(2 * MIN).toISOString());
    expect((await revokeApiKey(db, id, { now: at(3 * MIN) })).revokedAt).toBe(at(2 * MIN).toISOString());
    expect(await verifyApiKey(db, key, { now: at(3 * MIN) })).toBeNull();
    expect(await caught(revokeApiKey(db, 999))).toBeInstanceOf(NotFoundError);
    expect((await caught(createApiKey(db, { name: "  " }))) as ValidationError).toMatchObject({ field: "name" });
  });
});

describe("signIn", () => {
  it("opens a session for the right password and answers the same 'invalid' for a wrong one or an unknown email", async () => {
    const u = await ana("writer");
    const ok = await signIn(db, { email: "ANA@example.org", password: PASSWORD, ip: "10.0.0.1", userAgent: "Safari", now: T0 });
    if (!ok.ok) return expect.fail("sign-in should succeed");
    expect(ok.principal).toEqual({ kind: "user", userId: u.id, name: "Ana Lima", email: "ana@example.org", role: "writer" });
    expect(await getSessionPrincipal(db, ok.token, { now: T0 })).toEqual(ok.principal);

    const wrong = await signIn(db, { email: u.email, password: "wrong password!", ip: "10.0.0.1", now: T0 });
    const unknown = await signIn(db, { email: "nobody@example.org", password: PASSWORD, ip: "10.0.0.1", now: T0 });
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual(wrong);

    const attempts = await db.selectFrom("login_attempts").selectAll().orderBy("key").execute();
    expect(attempts.map((a) => `${a.key} ${a.succeeded}`).sort()).toEqual(
      [
        "email:ana@example.org 1",
        "email:ana@example.org 0",
        "email:nobody@example.org 0",
        "ip:10.0.0.1 1",
        "ip:10.0.0.1 0",
        "ip:10.0.0.1 0",
        "pair:10.0.0.1 ana@example.org 1",
        "pair:10.0.0.1 ana@example.org 0",
        "pair:10.0.0.1 nobody@example.org 0",
      ].sort(),
    );
  });

  it("holds an email back from one address after 5 failures in 15 minutes, even for the right password, and lets it in elsewhere", async () => {
    const u = await ana();
    for (let i = 0; i < SIGN_IN_LIMITS.perEmailAndIp; i++) {
      const r = await signIn(db, { email: u.email, password: "not the password", ip: "10.0.2.1", now: at(i * MIN) });
      expect(r).toEqual({ ok: false, reason: "invalid" });
    }
    const locked = await signIn(db, { email: u.email, password: PASSWORD, ip: "10.0.2.1", now: at(5 * MIN) });
    // The first failure (at T0) leaves the window at T0 + 15 min: 10 minutes from now.
    expect(locked).toEqual({ ok: false, reason: "rate-limited", retryAfterSeconds: 600 });
    // The same email from another address, and another account from the same address, are not affected.
    expect((await signIn(db, { email: u.email, password: PASSWORD, ip: "10.0.3.1", now: at(5 * MIN) })).ok).toBe(true);
    await createUser(db, { email: "bo@example.org", name: "Bo", role: "writer", password: PASSWORD });
    expect((await signIn(db, { email: "bo@example.org", password: PASSWORD, ip: "10.0.2.1", now: at(5 * MIN) })).ok).toBe(true);

    // At T0+15min the failure at T0 has left the window, and the refused attempt at 5 min was never counted: the
    // right password works, and starts the count for this address again.
    expect((await signIn(db, { email: u.email, password: PASSWORD, ip: "10.0.2.1", now: at(15 * MIN + 1) })).ok).toBe(true);
    expect(await signIn(db, { email: u.email, password: "not the password", ip: "10.0.2.1", now: at(15 * MIN + 2) })).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("locks an address after 20 failures across accounts; other addresses still sign in", async () => {
    await ana();
    for (let i = 0; i < SIGN_IN_LIMITS.perIp; i++) {
      const r = await signIn(db, { email: `guess${i}@example.org`, password: PASSWORD, ip: "203.0.113.9", now: at(i * 1000) });
      expect(r.ok).toBe(false);
    }
    const blocked = await signIn(db, { email: "ana@example.org", password: PASSWORD, ip: "203.0.113.9", now: at(20_000) });
    expect(blocked).toMatchObject({ ok: false, reason: "rate-limited" });
    if (blocked.ok) return;
    expect(blocked.retryAfterSeconds).toBe(15 * 60 - 20);
    expect((await signIn(db, { email: "ana@example.org", password: PASSWORD, ip: "198.51.100.7", now: at(20_000) })).ok).toBe(true);
    // After the window every failure (the blocked attempt at 20 s included) has aged out.
    expect((await signIn(db, { email: "ana@example.org", password: PASSWORD, ip: "203.0.113.9", now: at(15 * MIN + 21_000) })).ok).toBe(true);
  });

  it("prunes attempts older than a day", async () => {
    await signIn(db, { email: "x@example.org", password: PASSWORD, ip: "10.0.0.1", now: T0 });
    await signIn(db, { email: "y@example.org", password: PASSWORD, ip: "10.0.0.2", now: at(25 * 60 * MIN) });
    const keys = (await db.selectFrom("login_attempts").select("key").execute()).map((r) => r.key).sort();
    expect(keys).toEqual(["email:y@example.org", "ip:10.0.0.2", "pair:10.0.0.2 y@example.org"]);
  });
});

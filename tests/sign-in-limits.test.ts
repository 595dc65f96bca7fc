import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/connection";
import { SIGN_IN_LIMITS, signIn, type SignInResult } from "@/lib/newsroom/sign-in";
import { createUser } from "@/lib/newsroom/users";
import { tempDb } from "./helpers/temp-db";

let db: Db;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ db, cleanup } = await tempDb());
});
afterEach(async () => cleanup());

const PASSWORD = "correct horse battery";
const EMAIL = "ana@example.org";
const T0 = new Date("2026-11-24T09:00:00.000Z");
const at = (ms: number) => new Date(T0.getTime() + ms);
const MIN = 60_000;

const sessions = async () => (await db.selectFrom("sessions").select("id").execute()).length;
const reasons = (results: SignInResult[]) => results.map((r) => (r.ok ? "ok" : r.reason));
const count = (list: string[], value: string) => list.filter((x) => x === value).length;

async function until(condition: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe("sign-in limits under a burst", () => {
  it("of 40 wrong passwords at once checks at most 5; a right password after the limit gets no session", async () => {
    await createUser(db, { email: EMAIL, name: "Ana", role: "editor", password: PASSWORD });
    const burst = Array.from({ length: 40 }, () => signIn(db, { email: EMAIL, password: "wrong password!", ip: "203.0.113.5" }));
    // The right password joins the burst once the limit's attempts are recorded, while their passwords are checked.
    await until(async () => {
      const rows = await db.selectFrom("login_attempts").select("key").where("key", "=", `pair:203.0.113.5 ${EMAIL}`).execute();
      return rows.length >= SIGN_IN_LIMITS.perEmailAndIp;
    });
    const right = signIn(db, { email: EMAIL, password: PASSWORD, ip: "203.0.113.5" });
    const results = reasons(await Promise.all([...burst, right]));

    expect(count(results, "invalid"), results.join(",")).toBe(SIGN_IN_LIMITS.perEmailAndIp);
    expect(count(results, "rate-limited")).toBe(41 - SIGN_IN_LIMITS.perEmailAndIp);
    expect(results[40]).toBe("rate-limited");
    expect(await sessions()).toBe(0);
    // Only the attempts that were checked are recorded, each once per key.
    const rows = await db.selectFrom("login_attempts").select(["key", "succeeded"]).execute();
    expect(rows).toHaveLength(3 * SIGN_IN_LIMITS.perEmailAndIp);
    expect(rows.every((r) => r.succeeded === 0)).toBe(true);
  });

  it("of 29 wrong and 1 right at once: no more than 5 checked, and any session opened is one of those 5", async () => {
    await createUser(db, { email: EMAIL, name: "Ana", role: "editor", password: PASSWORD });
    const passwords = [...Array.from({ length: 29 }, () => "wrong password!"), PASSWORD];
    const results = reasons(await Promise.all(passwords.map((password) => signIn(db, { email: EMAIL, password, ip: "203.0.113.6" }))));
    expect(count(results, "invalid") + count(results, "ok")).toBeLessThanOrEqual(SIGN_IN_LIMITS.perEmailAndIp);
    expect(count(results, "rate-limited")).toBeGreaterThanOrEqual(30 - SIGN_IN_LIMITS.perEmailAndIp);
    expect(await sessions()).toBe(count(results, "ok"));
  });
});

describe("sign-in limits and strangers", () => {
  it("a stranger's attempts during the wait do not extend it, and the owner signs in from their own address", async () => {
    await createUser(db, { email: EMAIL, name: "Ana", role: "editor", password: PASSWORD });
    // The owner signed in from the office yesterday.
    expect((await signIn(db, { email: EMAIL, password: PASSWORD, ip: "192.0.2.10", now: at(-20 * 60 * MIN) })).ok).toBe(true);

    const stranger = (ms: number, password = "a guess at it") => signIn(db, { email: EMAIL, password, ip: "198.51.100.66", now: at(ms) });
    for (let i = 0; i < 5; i++) expect(await stranger(i * 1000)).toEqual({ ok: false, reason: "invalid" });
    // Refused for 15 minutes from the first failure, and every refused try keeps that same end.
    for (let m = 1; m < 15; m++) {
      const refused = await stranger(m * MIN);
      expect(refused).toEqual({ ok: false, reason: "rate-limited", retryAfterSeconds: 15 * 60 - m * 60 });
    }
    const many = await Promise.all(Array.from({ length: 20 }, () => stranger(14 * MIN)));
    expect(reasons(many).every((r) => r === "rate-limited")).toBe(true);

    // Meanwhile the owner signs in from the office, and from a new address too.
    expect((await signIn(db, { email: EMAIL, password: PASSWORD, ip: "192.0.2.10", now: at(5 * MIN) })).ok).toBe(true);
    expect((await signIn(db, { email: EMAIL, password: PASSWORD, ip: "192.0.2.99", now: at(6 * MIN) })).ok).toBe(true);

    // The first failure leaves the window at 15 minutes: the stranger's next attempt is checked again (and fails).
    expect(await stranger(15 * MIN + 1)).toEqual({ ok: false, reason: "invalid" });
    const rows = await db.selectFrom("login_attempts").select("key").where("key", "=", `pair:198.51.100.66 ${EMAIL}`).execute();
    expect(rows).toHaveLength(6);
  });

  it("guessing from many addresses slows the email down everywhere but at the owner's known address", async () => {
    await createUser(db, { email: EMAIL, name: "Ana", role: "editor", password: PASSWORD });
    expect((await signIn(db, { email: EMAIL, password: PASSWORD, ip: "192.0.2.10", now: T0 })).ok).toBe(true);
    for (let i = 0; i < SIGN_IN_LIMITS.perEmail; i++) {
      const r = await signIn(db, { email: EMAIL, password: "a guess at it", ip: `198.51.100.${i}`, now: at(MIN + i * 1000) });
      expect(r).toEqual({ ok: false, reason: "invalid" });
    }
    // A new address waits until the oldest of those failures is an hour old...
    const elsewhere = await signIn(db, { email: EMAIL, password: PASSWORD, ip: "203.0.113.77", now: at(2 * MIN) });
    expect(elsewhere).toEqual({ ok: false, reason: "rate-limited", retryAfterSeconds: 59 * 60 });
    // ...the address the owner signed in from does not.
    expect((await signIn(db, { email: EMAIL, password: PASSWORD, ip: "192.0.2.10", now: at(2 * MIN) })).ok).toBe(true);
    expect((await signIn(db, { email: EMAIL, password: PASSWORD, ip: "203.0.113.77", now: at(61 * MIN + 1) })).ok).toBe(true);
  });

  it("a success does not start an address's count again", async () => {
    await createUser(db, { email: "mallory@example.org", name: "Mallory", role: "writer", password: PASSWORD });
    const ip = "198.51.100.200";
    for (let i = 0; i < SIGN_IN_LIMITS.perIp - 1; i++) {
      expect((await signIn(db, { email: `guess${i}@example.org`, password: "a guess at it", ip, now: at(i * 1000) })).ok).toBe(false);
    }
    expect((await signIn(db, { email: "mallory@example.org", password: PASSWORD, ip, now: at(30_000) })).ok).toBe(true);
    expect(await signIn(db, { email: "guess99@example.org", password: "a guess at it", ip, now: at(31_000) })).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await signIn(db, { email: "guess100@example.org", password: "a guess at it", ip, now: at(32_000) })).toMatchObject({
      ok: false,
      reason: "rate-limited",
    });
  });
});

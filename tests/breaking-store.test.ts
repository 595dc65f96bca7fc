import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/connection";
import { BreakingNotFoundError, BreakingValidationError, parseDuration } from "@/lib/breaking/schema";
import {
  breakingVersion,
  editBreaking,
  expireBreaking,
  getBreaking,
  listBreaking,
  listLiveBreaking,
  postBreaking,
  withdrawBreaking,
} from "@/lib/breaking/store";
import { tempDb } from "./helpers/temp-db";

let db: Db;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ db, cleanup } = await tempDb()));
afterEach(() => cleanup());

const t0 = new Date("2026-11-24T09:00:00.000Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

/** The validation error a call throws, to assert its field and words. */
async function rejection(p: Promise<unknown>): Promise<BreakingValidationError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(BreakingValidationError);
  return err as BreakingValidationError;
}

describe("posting", () => {
  it("stores a trimmed headline with defaults and returns the item", async () => {
    const item = await postBreaking(db, { headline: "  Earthquake hits\n the coast  ", expiresAt: null }, { now: t0 });
    expect(item).toEqual({
      id: expect.any(Number),
      headline: "Earthquake hits the coast",
      link: null,
      language: "en",
      priority: "breaking",
      postedAt: t0.toISOString(),
      expiresAt: null,
      withdrawnAt: null,
      updatedAt: t0.toISOString(),
    });
    expect(await getBreaking(db, item.id)).toEqual(item);
  });

  it("gives an item without an expiry the default lifetime, BREAKING_DEFAULT_HOURS (6), and none when asked with null", async () => {
    const item = await postBreaking(db, { headline: "Storm" }, { now: t0 });
    expect(item.expiresAt).toBe(at(6 * 60).toISOString());
    expect((await getBreaking(db, item.id))?.expiresAt).toBe(at(6 * 60).toISOString());
    expect((await listLiveBreaking(db, { now: at(6 * 60 - 1) })).map((i) => i.id)).toEqual([item.id]);
    expect(await listLiveBreaking(db, { now: at(6 * 60) })).toEqual([]);

    const shorter = await postBreaking(db, { headline: "Short-lived" }, { now: t0, defaultHours: 1.5 });
    expect(shorter.expiresAt).toBe(at(90).toISOString());
    const forever = await postBreaking(db, { headline: "Until withdrawn", expiresAt: null }, { now: t0 });
    expect(forever.expiresAt).toBeNull();
    expect((await listLiveBreaking(db, { now: at(60 * 24 * 365) })).map((i) => i.id)).toEqual([forever.id]);
    // An expiry given is kept as given, never replaced by the default.
    const given = await postBreaking(db, { headline: "Given", expiresAt: at(600).toISOString() }, { now: t0 });
    expect(given.expiresAt).toBe(at(600).toISOString());
  });

  it("keeps a site path or an https link, a language, a priority and a future expiry (stored as UTC)", async () => {
    const a = await postBreaking(
      db,
      { headline: "Vote count", link: "/a/vote-count", language: "RU", priority: "developing", expiresAt: "2026-11-24T12:00:00+02:00" },
      { now: t0 },
    );
    expect(a).toMatchObject({ link: "/a/vote-count", language: "ru", priority: "developing", expiresAt: "2026-11-24T10:00:00.000Z" });
    const b = await postBreaking(db, { headline: "Agency report", link: "https://example.org/report?id=1" }, { now: t0 });
    expect(b.link).toBe("https://example.org/report?id=1");
    const c = await postBreaking(db, { headline: "No link from an empty form field", link: "" }, { now: t0 });
    expect(c.link).toBeNull();
  });

  it("refuses an empty or over-long headline, saying what to do", async () => {
    for (const headline of ["", "   \n ", undefined]) {
      const err = await rejection(postBreaking(db, { headline }, { now: t0 }));
      expect(err.field).toBe("headline");
      expect(err.message).toBe("Write the headline: it cannot be empty");
    }
    const err = await rejection(postBreaking(db, { headline: "x".repeat(201) }, { now: t0 }));
    expect(err.field).toBe("headline");
    expect(err.message).toBe("Keep the headline to 200 characters (it has 201)");
    // 200 characters exactly is fine, counted as people count them (Cyrillic and emoji are one each)
    await expect(postBreaking(db, { headline: "ж".repeat(199) + "🔴" }, { now: t0 })).resolves.toMatchObject({ id: expect.any(Number) });
  });

  it.each([
    "javascript:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "JavaScript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "http://example.org/a",
    "//evil.example",
    "/\\evil.example",
    "https://our.site@evil.example/",
    "https://",
    "ftp://example.org/file",
    "a/relative-path",
    "/a/with space",
  ])("refuses the link %j and says which links work", async (link) => {
    const err = await rejection(postBreaking(db, { headline: "Storm", link }, { now: t0 }));
    expect(err.field).toBe("link");
    expect(err.message).toBe("Use an https:// link or a path on this site such as /a/slug");
    expect(await listBreaking(db, { includeWithdrawn: true })).toEqual([]);
  });

  it("refuses an expiry that is not in the future, a bad priority and a bad language, all at once", async () => {
    const err = await rejection(
      postBreaking(db, { headline: "Storm", expiresAt: at(-1).toISOString(), priority: "urgent", language: "english!" }, { now: t0 }),
    );
    expect(err.issues.map((i) => i.field)).toEqual(["language", "priority", "expiresAt"]);
    expect(err.issues.find((i) => i.field === "expiresAt")?.message).toMatch(/in the future/);
    const now = await rejection(postBreaking(db, { headline: "Storm", expiresAt: t0.toISOString() }, { now: t0 }));
    expect(now.field).toBe("expiresAt");
    const garbled = await rejection(postBreaking(db, { headline: "Storm", expiresAt: "tomorrow" }, { now: t0 }));
    expect(garbled.message).toMatch(/ISO date and time/);
  });

  it("posts only to a configured edition: a well-formed code of a language without one is refused, and nothing is kept", async () => {
    for (const language of ["de", "uk"]) {
      const err = await rejection(postBreaking(db, { headline: "Sturm", language }, { now: t0 }));
      expect(err.field).toBe("language");
      expect(err.message).toBe("Give the language as the code of one of the editions: en, ru, fa");
    }
    expect(await listBreaking(db, { includeWithdrawn: true })).toEqual([]);
    expect((await postBreaking(db, { headline: "طوفان", language: "fa" }, { now: t0 })).language).toBe("fa");
  });

  it("refuses input that is not an object", async () => {
    const err = await rejection(postBreaking(db, "Storm", { now: t0 }));
    expect(err.field).toBeUndefined();
    expect(err.message).toMatch(/headline/);
  });
});

describe("editing, withdrawing and expiring", () => {
  it("edits only the given fields, clears link and expiry with null, and bumps updatedAt", async () => {
    const item = await postBreaking(db, { headline: "Storm", link: "/a/storm", expiresAt: at(60).toISOString() }, { now: t0 });
    const edited = await editBreaking(db, item.id, { headline: "Storm reaches the coast", priority: "developing" }, { now: at(5) });
    expect(edited).toMatchObject({
      headline: "Storm reaches the coast",
      priority: "developing",
      link: "/a/storm",
      postedAt: t0.toISOString(),
      updatedAt: at(5).toISOString(),
    });
    const cleared = await editBreaking(db, item.id, { link: null, expiresAt: null }, { now: at(6) });
    expect(cleared).toMatchObject({ link: null, expiresAt: null });
  });

  it("validates an edit like a post, and refuses an empty edit or an unknown id", async () => {
    const item = await postBreaking(db, { headline: "Storm" }, { now: t0 });
    expect((await rejection(editBreaking(db, item.id, { headline: "" }, { now: t0 }))).field).toBe("headline");
    expect((await rejection(editBreaking(db, item.id, { link: "javascript:void(0)" }, { now: t0 }))).field).toBe("link");
    expect((await rejection(editBreaking(db, item.id, { expiresAt: at(-5).toISOString() }, { now: t0 }))).field).toBe("expiresAt");
    expect((await rejection(editBreaking(db, item.id, {}, { now: t0 }))).message).toMatch(/Nothing to change/);
    await expect(editBreaking(db, 999, { headline: "x" })).rejects.toBeInstanceOf(BreakingNotFoundError);
    expect((await getBreaking(db, item.id))?.headline).toBe("Storm");
  });

  it("withdraws once: a second withdraw keeps the first time and writes nothing", async () => {
    const item = await postBreaking(db, { headline: "Storm" }, { now: t0 });
    const first = await withdrawBreaking(db, item.id, { now: at(1) });
    expect(first.withdrawnAt).toBe(at(1).toISOString());
    const version = await breakingVersion(db);
    const again = await withdrawBreaking(db, item.id, { now: at(2) });
    expect(again).toEqual(first);
    expect(await breakingVersion(db)).toBe(version);
    await expect(withdrawBreaking(db, 999)).rejects.toBeInstanceOf(BreakingNotFoundError);
  });

  it("expires now in one call, keeping an earlier expiry", async () => {
    const item = await postBreaking(db, { headline: "Storm", expiresAt: at(60).toISOString() }, { now: t0 });
    const expired = await expireBreaking(db, item.id, { now: at(10) });
    expect(expired.expiresAt).toBe(at(10).toISOString());
    expect((await expireBreaking(db, item.id, { now: at(20) })).expiresAt).toBe(at(10).toISOString());
    await expect(expireBreaking(db, 999)).rejects.toBeInstanceOf(BreakingNotFoundError);
  });

  it("changes the version on every write, even two in the same millisecond", async () => {
    const v0 = await breakingVersion(db);
    const item = await postBreaking(db, { headline: "Storm" }, { now: t0 });
    const v1 = await breakingVersion(db);
    await editBreaking(db, item.id, { headline: "Storm, update" }, { now: t0 });
    const v2 = await breakingVersion(db);
    await expireBreaking(db, item.id, { now: t0 });
    const v3 = await breakingVersion(db);
    expect(new Set([v0, v1, v2, v3]).size).toBe(4);
    expect(v3.length).toBeLessThan(20);
  });
});

describe("listing", () => {
  it("shows readers live items only, newest first, filtered by language and capped at 10", async () => {
    const old = await postBreaking(db, { headline: "Older" }, { now: at(0) });
    const ru = await postBreaking(db, { headline: "По-русски", language: "ru" }, { now: at(1) });
    const expiring = await postBreaking(db, { headline: "Expiring", expiresAt: at(30).toISOString() }, { now: at(2) });
    const withdrawn = await postBreaking(db, { headline: "Withdrawn" }, { now: at(3) });
    await withdrawBreaking(db, withdrawn.id, { now: at(4) });
    const newest = await postBreaking(db, { headline: "Newest", link: "/a/newest", expiresAt: null }, { now: at(5) });

    const live = await listLiveBreaking(db, { now: at(10) });
    expect(live.map((i) => i.headline)).toEqual(["Newest", "Expiring", "По-русски", "Older"]);
    expect(live[0]).toEqual({
      id: newest.id,
      headline: "Newest",
      link: "/a/newest",
      language: "en",
      priority: "breaking",
      postedAt: at(5).toISOString(),
      expiresAt: null,
    });
    expect((await listLiveBreaking(db, { now: at(10), lang: "ru" })).map((i) => i.id)).toEqual([ru.id]);
    // at the expiry instant the item is gone; before it was posted an item is not shown either
    expect((await listLiveBreaking(db, { now: at(30) })).map((i) => i.id)).toEqual([newest.id, ru.id, old.id]);
    expect((await listLiveBreaking(db, { now: at(1.5) })).map((i) => i.id)).toEqual([ru.id, old.id]);
    expect(expiring.id).toBeGreaterThan(0);

    for (let n = 0; n < 12; n++) await postBreaking(db, { headline: `Item ${n}` }, { now: at(6 + n / 10) });
    const capped = await listLiveBreaking(db, { now: at(10) });
    expect(capped).toHaveLength(10);
    expect(capped[0].headline).toBe("Item 11");
  });

  it("gives the newsroom every item newest first, withdrawn ones only when asked", async () => {
    const a = await postBreaking(db, { headline: "A", expiresAt: at(1).toISOString() }, { now: at(0) });
    const b = await postBreaking(db, { headline: "B" }, { now: at(2) });
    await withdrawBreaking(db, b.id, { now: at(3) });
    const c = await postBreaking(db, { headline: "C" }, { now: at(4) });
    expect((await listBreaking(db)).map((i) => i.id)).toEqual([c.id, a.id]);
    expect((await listBreaking(db, { includeWithdrawn: true })).map((i) => i.id)).toEqual([c.id, b.id, a.id]);
    expect((await listBreaking(db, { includeWithdrawn: true, limit: 1 })).map((i) => i.id)).toEqual([c.id]);
  });
});

describe("parseDuration", () => {
  it("reads seconds, minutes, hours, days and combinations", () => {
    expect(parseDuration("90s")).toBe(90_000);
    expect(parseDuration("15m")).toBe(15 * 60_000);
    expect(parseDuration("2h")).toBe(2 * 3_600_000);
    expect(parseDuration("1d")).toBe(86_400_000);
    expect(parseDuration("1h30m")).toBe(90 * 60_000);
    expect(parseDuration(" 2H ")).toBe(2 * 3_600_000);
  });

  it.each(["", "2", "h", "2x", "0m", "30m1h", "-5m", "1.5h", "2 h"])("refuses %j with an example of what works", (text) => {
    expect(() => parseDuration(text)).toThrow(/such as 90s, 15m, 2h, 1d or 1h30m/);
  });
});

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/connection";
import { createBreakingSnapshot } from "@/lib/breaking/snapshot";
import { editBreaking, postBreaking, withdrawBreaking } from "@/lib/breaking/store";
import { tempDb } from "./helpers/temp-db";

let db: Db;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ db, cleanup } = await tempDb()));
afterEach(() => cleanup());

const t0 = new Date("2026-11-24T09:00:00.000Z");

/** A clock the test moves by hand, and a snapshot that counts how often it goes to the database. */
function setup(maxAgeMs = 2000) {
  let now = t0.getTime();
  let dbReads = 0;
  const snapshot = createBreakingSnapshot(
    () => {
      dbReads++;
      return db;
    },
    { maxAgeMs, clock: () => new Date(now) },
  );
  return {
    snapshot,
    advance: (ms: number) => (now += ms),
    now: () => new Date(now),
    dbReads: () => dbReads,
  };
}

const headlines = (r: { items: { headline: string }[] }) => r.items.map((i) => i.headline);

describe("breaking snapshot", () => {
  it("serves reads within maxAge from memory, and sees a write after maxAge passes", async () => {
    const s = setup();
    await postBreaking(db, { headline: "First" }, { now: t0 });
    expect(headlines(await s.snapshot.get())).toEqual(["First"]);

    s.advance(1000);
    await postBreaking(db, { headline: "Second" }, { now: s.now() });
    const reads = s.dbReads();
    expect(headlines(await s.snapshot.get())).toEqual(["First"]);
    expect(s.dbReads()).toBe(reads);

    s.advance(1000);
    expect(headlines(await s.snapshot.get())).toEqual(["Second", "First"]);
  });

  it("sees a write at once after invalidate()", async () => {
    const s = setup();
    const first = await postBreaking(db, { headline: "First" }, { now: t0 });
    await s.snapshot.get();
    await editBreaking(db, first.id, { headline: "First, corrected" }, { now: t0 });
    expect(headlines(await s.snapshot.get())).toEqual(["First"]);
    s.snapshot.invalidate();
    expect(headlines(await s.snapshot.get())).toEqual(["First, corrected"]);
    await withdrawBreaking(db, first.id, { now: t0 });
    s.snapshot.invalidate();
    expect((await s.snapshot.get()).items).toEqual([]);
  });

  it("drops an item the moment it expires, with no database change, and the etag changes", async () => {
    const s = setup(60_000);
    await postBreaking(db, { headline: "Stays" }, { now: t0 });
    await postBreaking(db, { headline: "Goes", expiresAt: new Date(t0.getTime() + 5000).toISOString() }, { now: t0 });
    const before = await s.snapshot.get();
    expect(headlines(before)).toEqual(["Goes", "Stays"]);
    const reads = s.dbReads();

    s.advance(5000);
    const after = await s.snapshot.get();
    expect(headlines(after)).toEqual(["Stays"]);
    expect(after.etag).not.toBe(before.etag);
    expect(after.version).toBe(before.version);
    expect(s.dbReads()).toBe(reads);
  });

  it("keeps a stable strong etag while nothing changes, and reloads items only when the version moves", async () => {
    const s = setup();
    await postBreaking(db, { headline: "Storm" }, { now: t0 });
    const a = await s.snapshot.get();
    expect(a.etag).toMatch(/^"b-[A-Za-z0-9_-]+"$/);
    s.advance(2500); // past maxAge: the version is read again, but it has not moved
    const b = await s.snapshot.get();
    expect(b.etag).toBe(a.etag);
    expect(b.version).toBe(a.version);

    await postBreaking(db, { headline: "Flood" }, { now: s.now() });
    s.advance(2500);
    const c = await s.snapshot.get();
    expect(c.version).not.toBe(a.version);
    expect(c.etag).not.toBe(a.etag);
  });

  it("filters by language, with an etag of its own", async () => {
    const s = setup();
    await postBreaking(db, { headline: "Storm" }, { now: t0 });
    await postBreaking(db, { headline: "Шторм", language: "ru", expiresAt: null }, { now: t0 });
    const all = await s.snapshot.get();
    const ru = await s.snapshot.get("ru");
    expect(headlines(ru)).toEqual(["Шторм"]);
    expect(ru.items[0]).toEqual({
      id: expect.any(Number),
      headline: "Шторм",
      link: null,
      language: "ru",
      priority: "breaking",
      postedAt: t0.toISOString(),
      expiresAt: null,
    });
    expect(all.items).toHaveLength(2);
    expect(ru.etag).not.toBe(all.etag);
    expect((await s.snapshot.get("fa")).items).toEqual([]);
  });

  it("shows an item posted for later only once its time comes", async () => {
    const s = setup(60_000);
    await postBreaking(db, { headline: "Later" }, { now: new Date(t0.getTime() + 10_000) });
    expect((await s.snapshot.get()).items).toEqual([]);
    s.advance(10_000);
    expect(headlines(await s.snapshot.get())).toEqual(["Later"]);
  });

  it("lets concurrent reads share one database round trip", async () => {
    const s = setup();
    await postBreaking(db, { headline: "Storm" }, { now: t0 });
    const results = await Promise.all(Array.from({ length: 20 }, () => s.snapshot.get()));
    expect(s.dbReads()).toBe(1);
    expect(new Set(results.map((r) => r.etag)).size).toBe(1);

    s.advance(2000);
    s.snapshot.invalidate();
    await Promise.all([s.snapshot.get(), s.snapshot.get("en"), s.snapshot.get("ru")]);
    expect(s.dbReads()).toBe(2);
  });

  it("a read after invalidate() sees the write even while an older refresh is still in flight", async () => {
    const s = setup();
    const early = s.snapshot.get();
    await postBreaking(db, { headline: "During the refresh" }, { now: t0 });
    s.snapshot.invalidate();
    expect(headlines(await s.snapshot.get())).toEqual(["During the refresh"]);
    await early;
  });
});

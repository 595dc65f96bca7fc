import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/connection";
import { bannerOrder } from "@/lib/breaking/order";
import { createBreakingSnapshot } from "@/lib/breaking/snapshot";
import { listLiveBreaking, listUnexpiredBreaking, postBreaking } from "@/lib/breaking/store";
import type { BreakingPriority } from "@/lib/breaking/types";
import { tempDb } from "./helpers/temp-db";

// The order readers see live items in (the first is the one the strip shows): priority, then time.
const t0 = new Date("2026-11-24T09:00:00.000Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

describe("bannerOrder", () => {
  const item = (id: number, priority: BreakingPriority, minute: number) => ({ id, priority, postedAt: at(minute).toISOString() });

  it("puts breaking before developing, then the newest first, then the higher id", () => {
    const items = [item(1, "breaking", 0), item(2, "developing", 9), item(3, "breaking", 5), item(4, "developing", 1), item(5, "breaking", 5)];
    expect(items.sort(bannerOrder).map((i) => i.id)).toEqual([5, 3, 1, 2, 4]);
  });
});

describe("the store's live items, in banner order", () => {
  let db: Db;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ db, cleanup } = await tempDb()));
  afterEach(() => cleanup());

  async function post(headline: string, priority: BreakingPriority, minute: number) {
    return postBreaking(db, { headline, priority, expiresAt: null }, { now: at(minute) });
  }

  it("lists breaking items before developing ones, each newest first, in the store, the snapshot and the cap", async () => {
    await post("Old breaking", "breaking", 0);
    await post("New developing", "developing", 8);
    await post("New breaking", "breaking", 5);
    await post("Old developing", "developing", 1);
    const expected = ["New breaking", "Old breaking", "New developing", "Old developing"];
    expect((await listLiveBreaking(db, { now: at(10) })).map((i) => i.headline)).toEqual(expected);
    expect((await listUnexpiredBreaking(db, { now: at(10) })).map((i) => i.headline)).toEqual(expected);
    const snapshot = createBreakingSnapshot(() => db, { clock: () => at(10) });
    expect((await snapshot.get()).items.map((i) => i.headline)).toEqual(expected);

    // Eleven newer developing items: the cap of 10 still keeps both breaking items first.
    for (let n = 0; n < 11; n++) await post(`Developing ${n}`, "developing", 9 + n / 100);
    const capped = await listLiveBreaking(db, { now: at(10) });
    expect(capped).toHaveLength(10);
    expect(capped.slice(0, 3).map((i) => i.headline)).toEqual(["New breaking", "Old breaking", "Developing 10"]);
  });
});

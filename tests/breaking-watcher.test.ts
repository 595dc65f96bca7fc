import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { breakingCacheControl } from "@/lib/breaking/http";
import { createBreakingSnapshot } from "@/lib/breaking/snapshot";
import { postBreaking, withdrawBreaking } from "@/lib/breaking/store";
import { startBreakingWatcher } from "@/lib/breaking/watcher";
import type { Db } from "@/lib/db/connection";
import { tempDb } from "./helpers/temp-db";

let db: Db;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ db, cleanup } = await tempDb()));
afterEach(async () => cleanup());

describe("breaking-news watcher", () => {
  it("reports a change made behind the server's back (another process writing the same file) and stays quiet otherwise", async () => {
    const snapshot = createBreakingSnapshot(() => db, { maxAgeMs: 0 });
    const onChange = vi.fn(async () => {});
    const stop = startBreakingWatcher({ intervalMs: 10, onChange, snapshot });
    try {
      await new Promise((r) => setTimeout(r, 60));
      expect(onChange).not.toHaveBeenCalled();
      const item = await postBreaking(db, { headline: "Harbour closed to shipping" });
      await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
      await withdrawBreaking(db, item.id);
      await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(2));
    } finally {
      stop();
    }
  });

  it("reports an item expiring by the clock, with no write at all", async () => {
    let now = new Date("2026-11-24T12:00:00Z");
    const snapshot = createBreakingSnapshot(() => db, { maxAgeMs: 0, clock: () => now });
    await postBreaking(db, { headline: "Road closed", expiresAt: "2026-11-24T12:05:00Z" }, { now });
    const onChange = vi.fn(async () => {});
    const stop = startBreakingWatcher({ intervalMs: 10, onChange, snapshot });
    try {
      await new Promise((r) => setTimeout(r, 40));
      expect(onChange).not.toHaveBeenCalled();
      now = new Date("2026-11-24T12:06:00Z");
      await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    } finally {
      stop();
    }
  });
});

describe("HTTP caching of /api/breaking", () => {
  it("lets a shared cache hold and then serve stale for no longer than one polling interval in all", () => {
    for (const poll of [2, 5, 15, 60]) {
      const cc = breakingCacheControl(poll);
      const sMaxAge = Number(/s-maxage=(\d+)/.exec(cc)![1]);
      const swr = Number(/stale-while-revalidate=(\d+)/.exec(cc)![1]);
      expect(sMaxAge + swr, cc).toBeLessThanOrEqual(poll);
      expect(cc).toMatch(/^public, max-age=\d+, s-maxage=\d+, stale-while-revalidate=\d+, stale-if-error=\d+$/);
    }
  });
});

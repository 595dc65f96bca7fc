import { describe, expect, it } from "vitest";
import { breakingState, isLive } from "@/lib/breaking/state";

// A pure function of the item and the clock: no database.
const NOW = new Date("2026-03-01T12:00:00.000Z");
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000).toISOString();
const item = (over: { postedAt?: string; expiresAt?: string | null; withdrawnAt?: string | null } = {}) => ({
  postedAt: at(-10),
  expiresAt: null,
  withdrawnAt: null,
  ...over,
});

describe("breakingState", () => {
  it("is live once posted, without an expiry or before it", () => {
    expect(breakingState(item(), NOW)).toBe("live");
    expect(breakingState(item({ postedAt: NOW.toISOString() }), NOW)).toBe("live");
    expect(breakingState(item({ expiresAt: at(1) }), NOW)).toBe("live");
  });

  it("is upcoming while posted for later", () => {
    expect(breakingState(item({ postedAt: at(5) }), NOW)).toBe("upcoming");
    expect(breakingState(item({ postedAt: at(5), expiresAt: at(60) }), NOW)).toBe("upcoming");
  });

  it("is expired from the moment of its expiry", () => {
    expect(breakingState(item({ expiresAt: NOW.toISOString() }), NOW)).toBe("expired");
    expect(breakingState(item({ expiresAt: at(-1) }), NOW)).toBe("expired");
  });

  it("is withdrawn whatever its times say, expired or posted for later included", () => {
    expect(breakingState(item({ withdrawnAt: at(-1) }), NOW)).toBe("withdrawn");
    expect(breakingState(item({ withdrawnAt: at(-1), expiresAt: at(-2) }), NOW)).toBe("withdrawn");
    expect(breakingState(item({ withdrawnAt: at(-1), postedAt: at(5) }), NOW)).toBe("withdrawn");
  });

  it("agrees with isLive: readers see exactly the live items", () => {
    const items = [
      item(),
      item({ postedAt: at(5) }),
      item({ expiresAt: NOW.toISOString() }),
      item({ expiresAt: at(1) }),
      item({ withdrawnAt: at(-1) }),
    ];
    expect(items.map((i) => isLive(i, NOW))).toEqual(items.map((i) => breakingState(i, NOW) === "live"));
    expect(items.map((i) => isLive(i, NOW))).toEqual([true, false, false, true, false]);
  });
});

import type { BreakingItem } from "./types";

/**
 * Where an item stands at a moment, for the newsroom (console and CLI alike), and whether readers see it.
 * Pure functions of the item and the clock: no store, so a component may import them.
 */

type Timing = Pick<BreakingItem, "postedAt" | "expiresAt" | "withdrawnAt">;

/** Every state an item can be in; each screen names them in its own words. */
export type BreakingState = "live" | "upcoming" | "expired" | "withdrawn";

/** Whether readers may see the item at `now`: posted, not withdrawn, not expired. The one definition of "live". */
export function isLive(i: Timing, now: Date): boolean {
  return breakingState(i, now) === "live";
}

/** Withdrawn outranks expired (a withdrawn item stays withdrawn after its expiry); "upcoming" is posted for later. */
export function breakingState(i: Timing, now: Date): BreakingState {
  const t = now.toISOString();
  if (i.withdrawnAt !== null) return "withdrawn";
  if (i.expiresAt !== null && i.expiresAt <= t) return "expired";
  return i.postedAt > t ? "upcoming" : "live";
}

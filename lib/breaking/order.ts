import type { BreakingPriority, LiveBreaking } from "./types";

/**
 * The order readers see live items in: "breaking" before "developing", then newest first (then the higher id,
 * for two posted in the same millisecond). The first item is the one the strip and the bottom bar show; the
 * rest wait behind their "N more" control. The store's live query sorts the same way (store.ts), so the cap of
 * LIVE_LIMIT keeps the items that come first here. A pure function, so the island may use it too.
 */
export const PRIORITY_RANK: Record<BreakingPriority, number> = { breaking: 0, developing: 1 };

type Ordered = Pick<LiveBreaking, "id" | "priority" | "postedAt">;

export function bannerOrder(a: Ordered, b: Ordered): number {
  return (
    PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] ||
    (a.postedAt < b.postedAt ? 1 : a.postedAt > b.postedAt ? -1 : 0) ||
    b.id - a.id
  );
}

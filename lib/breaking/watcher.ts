import { repeat } from "../server/repeat";
import { breakingSnapshot, type BreakingSnapshot } from "./snapshot";

/**
 * Watches the breaking-news store from inside the server process. Items can change outside it (the newsroom
 * CLI, another instance) and expire by the clock, so every few seconds the snapshot is compared with what the
 * pages were last rendered with; on a difference `onChange` runs (it expires the cached pages). If that fails,
 * the difference stays and the next round tries again.
 *
 * With `expireAgain`, onChange runs once more on the round after a change. A page whose render read the old
 * items just before this process noticed the change can be stored just after the expiry; with several instances
 * sharing one cache (Redis) that happens more often, because every instance's expiry sends readers to re-render
 * while the others may not have seen the change yet. Each instance expires the tag only after its own snapshot
 * has the new items, so the last of those expiries (and this second one, for renders still in flight) leaves no
 * stale page behind. Expiring the same tag twice, or once per instance, costs only re-renders.
 */
export function startBreakingWatcher(opts: {
  intervalMs: number;
  onChange: () => Promise<void>;
  snapshot?: BreakingSnapshot;
  expireAgain?: boolean;
}): () => void {
  const snapshot = opts.snapshot ?? breakingSnapshot();
  let last: string | undefined;
  let again = false;
  return repeat("breaking-news watcher", opts.intervalMs, async () => {
    const { etag } = await snapshot.get();
    if (last !== undefined && etag !== last) {
      await opts.onChange();
      again = !!opts.expireAgain;
    } else if (again) {
      await opts.onChange();
      again = false;
    }
    last = etag;
  });
}

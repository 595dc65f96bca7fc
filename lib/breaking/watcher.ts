import { repeat } from "../server/repeat";
import { breakingSnapshot, type BreakingSnapshot } from "./snapshot";

/**
 * Watches the breaking-news store from inside the server process. Items can change outside it (the newsroom
 * CLI, another instance) and expire by the clock, so every few seconds the snapshot is compared with what the
 * pages were last rendered with; on a difference `onChange` runs (it expires the cached pages). If that fails,
 * the difference stays and the next round tries again.
 */
export function startBreakingWatcher(opts: {
  intervalMs: number;
  onChange: () => Promise<void>;
  snapshot?: BreakingSnapshot;
}): () => void {
  const snapshot = opts.snapshot ?? breakingSnapshot();
  let last: string | undefined;
  return repeat("breaking-news watcher", opts.intervalMs, async () => {
    const { etag } = await snapshot.get();
    if (last !== undefined && etag !== last) await opts.onChange();
    last = etag;
  });
}

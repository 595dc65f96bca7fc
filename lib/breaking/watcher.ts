import { breakingSnapshot, type BreakingSnapshot } from "./snapshot";

/**
 * Watches the breaking-news store from inside the server process. Items can change outside it (the newsroom
 * CLI, another instance) and expire by the clock, so every few seconds the snapshot is compared with what the
 * pages were last rendered with; on a difference `onChange` runs (it expires the cached pages).
 */
export function startBreakingWatcher(opts: {
  intervalMs: number;
  onChange: () => Promise<void>;
  snapshot?: BreakingSnapshot;
}): () => void {
  const snapshot = opts.snapshot ?? breakingSnapshot();
  let last: string | undefined;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const { etag } = await snapshot.get();
      if (last !== undefined && etag !== last) await opts.onChange();
      last = etag;
    } catch (err) {
      // The store or the loopback request failed: try again next tick; pages keep what they have.
      console.error("breaking-news watcher:", err instanceof Error ? err.message : err);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, opts.intervalMs);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}

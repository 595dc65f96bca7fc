/**
 * A second pass over a write's cache tags, a moment after the write expired them.
 *
 * A render that began before a write commits reads the old rows, and may be stored after the write has expired
 * its tags: that page (kept up to `revalidate`, 5 minutes) or `unstable_cache` entry (kept until the next write
 * that touches it) would then outlive the write. The pass, `delayMs` later, hands `run` each tag with `since`,
 * the time of the last write that named it; the cache drops what carries the tag and began rendering by then
 * (lib/content/revalidate.next.ts), so pages rendered from the new rows stay cached.
 *
 * Per tag, the second expiry comes at least `delayMs` after the last write that asked for it (writes in a burst
 * share one), and at most `maxDelayMs` after the first still waiting, so a tag written every second is still
 * expired again regularly; after such an early run it is expired once more, `delayMs` after its last write.
 * Tags are deduplicated, sent in batches of at most `maxTagsPerRun`, and at most `maxPending` wait: past that,
 * everything waiting runs at once. Nothing here ever blocks a caller; a failed run is reported and not retried
 * (the pages' own revalidation still bounds how long a stale copy could live).
 */
export type ExpireAgainOptions = {
  delayMs: number;
  /** Runs the pass for these tags (outside any request). */
  run: (batch: { tag: string; since: number }[]) => Promise<void>;
  maxDelayMs?: number;
  maxTagsPerRun?: number;
  maxPending?: number;
  onError?: (err: unknown) => void;
};

export type ExpireAgain = {
  /** Asks for `tags` to be expired again later. Returns at once. */
  schedule(tags: Iterable<string>): void;
  /** Tags waiting, for tests and diagnostics. */
  pending(): string[];
  /** Drops everything waiting and the timer. */
  stop(): void;
};

type Waiting = { first: number; last: number };

export function createExpireAgain({
  delayMs,
  run,
  maxDelayMs = delayMs * 5,
  maxTagsPerRun = 500,
  maxPending = 5000,
  onError = (err) => console.error("expire again:", err instanceof Error ? err.message : err),
}: ExpireAgainOptions): ExpireAgain {
  const waiting = new Map<string, Waiting>();
  let timer: NodeJS.Timeout | undefined;
  let timerAt = Infinity;

  const dueAt = (w: Waiting) => Math.min(w.last + delayMs, w.first + maxDelayMs);

  function arm() {
    let next = Infinity;
    for (const w of waiting.values()) next = Math.min(next, dueAt(w));
    if (next === Infinity || next >= timerAt) return;
    clearTimeout(timer);
    timerAt = next;
    timer = setTimeout(fire, Math.max(0, next - Date.now()));
    timer.unref?.();
  }

  function fire() {
    timer = undefined;
    timerAt = Infinity;
    const now = Date.now();
    const due: { tag: string; since: number }[] = [];
    for (const [tag, w] of waiting) {
      if (dueAt(w) > now) continue;
      due.push({ tag, since: w.last });
      // Sent early (maxDelayMs) for a write less than delayMs ago: once more, delayMs after that write.
      if (w.last + delayMs > now) waiting.set(tag, { first: now, last: w.last });
      else waiting.delete(tag);
    }
    send(due);
    arm();
  }

  function send(items: { tag: string; since: number }[]) {
    for (let i = 0; i < items.length; i += maxTagsPerRun) {
      const batch = items.slice(i, i + maxTagsPerRun);
      // Never synchronous, never awaited by anyone: a caller's response does not wait for this.
      Promise.resolve()
        .then(() => run(batch))
        .catch(onError);
    }
  }

  return {
    schedule(tags) {
      const now = Date.now();
      for (const tag of tags) {
        const w = waiting.get(tag);
        waiting.set(tag, { first: w?.first ?? now, last: now });
      }
      if (waiting.size > maxPending) {
        const all = [...waiting].map(([tag, w]) => ({ tag, since: w.last }));
        waiting.clear();
        clearTimeout(timer);
        timer = undefined;
        timerAt = Infinity;
        send(all);
        return;
      }
      arm();
    },
    pending: () => [...waiting.keys()],
    stop() {
      waiting.clear();
      clearTimeout(timer);
      timer = undefined;
      timerAt = Infinity;
    },
  };
}

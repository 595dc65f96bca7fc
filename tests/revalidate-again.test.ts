import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createExpireAgain } from "@/lib/server/expire-again";

/**
 * The second pass after a write (lib/server/expire-again.ts, used by revalidateContent): when it runs, what it
 * sends, and that it never holds up the write. Timers are faked; what the cache drops is in cache-memory.test.ts
 * and cache-redis-race.test.ts, the whole path in the e2e suite's publish/unpublish specs.
 */

let runs: string[][];
let sinces: Map<string, number>;
const run = async (batch: { tag: string; since: number }[]) => {
  runs.push(batch.map((b) => b.tag).sort());
  for (const { tag, since } of batch) sinces.set(tag, since);
};
const T0 = new Date("2030-01-01T00:00:00Z").getTime();

beforeEach(() => {
  vi.useFakeTimers({ now: T0 });
  runs = [];
  sinces = new Map();
});
afterEach(() => {
  vi.useRealTimers();
});

/** Moves the clock and lets the runs it started settle. */
async function after(ms: number) {
  await vi.advanceTimersByTimeAsync(ms);
}

describe("expiring a write's tags again", () => {
  it("expires them once more after the delay, never at once", async () => {
    const again = createExpireAgain({ delayMs: 2000, run });
    again.schedule(["articles", "article:a"]);
    await after(0);
    expect(runs).toEqual([]);
    await after(1999);
    expect(runs).toEqual([]);
    await after(1);
    expect(runs).toEqual([["article:a", "articles"]]);
    await after(10_000);
    expect(runs).toHaveLength(1);
    expect(again.pending()).toEqual([]);
  });

  it("sends a burst of writes' tags together, each tag once, the delay after the last write that named it", async () => {
    const again = createExpireAgain({ delayMs: 2000, run });
    again.schedule(["articles", "article:a"]);
    await after(500);
    again.schedule(["articles", "article:b"]);
    again.schedule(["article:b"]);
    await after(1500); // 2 s after the first write: only what no later write named
    expect(runs).toEqual([["article:a"]]);
    await after(500); // 2 s after the second
    expect(runs).toEqual([["article:a"], ["article:b", "articles"]]);
    // Each tag goes with the time of the last write that named it: what began rendering by then is dropped.
    expect(Object.fromEntries(sinces)).toEqual({ "article:a": T0, "article:b": T0 + 500, articles: T0 + 500 });
    await after(10_000);
    expect(runs).toHaveLength(2);
  });

  it("still expires a tag written every second, at most maxDelayMs after it first waited, then once more after the last write", async () => {
    const again = createExpireAgain({ delayMs: 2000, maxDelayMs: 5000, run });
    for (let i = 0; i < 8; i++) {
      again.schedule(["articles"]);
      await after(1000);
    }
    // Writes at 0..7 s: one early run at 5 s, then the last write's at 9 s.
    expect(runs).toEqual([["articles"]]);
    await after(1000);
    expect(runs).toEqual([["articles"], ["articles"]]);
    await after(20_000);
    expect(runs).toHaveLength(2);
  });

  it("sends at most maxTagsPerRun tags per run", async () => {
    const again = createExpireAgain({ delayMs: 2000, maxTagsPerRun: 500, run });
    again.schedule(Array.from({ length: 1201 }, (_, i) => `tag:${i}`));
    await after(2000);
    expect(runs.map((r) => r.length)).toEqual([500, 500, 201]);
    expect(new Set(runs.flat()).size).toBe(1201);
  });

  it("keeps at most maxPending tags waiting: past that, sends them all at once", async () => {
    const again = createExpireAgain({ delayMs: 2000, maxPending: 100, run });
    again.schedule(Array.from({ length: 60 }, (_, i) => `a:${i}`));
    again.schedule(Array.from({ length: 60 }, (_, i) => `b:${i}`));
    await after(0);
    expect(runs.flat()).toHaveLength(120);
    expect(again.pending()).toEqual([]);
    await after(5000);
    expect(runs.flat()).toHaveLength(120);
  });

  it("never makes the caller wait, even when a run hangs or fails, and reports a failure", async () => {
    const errors: unknown[] = [];
    let calls = 0;
    const again = createExpireAgain({
      delayMs: 2000,
      run: async () => {
        calls++;
        return calls === 1 ? Promise.reject(new Error("revalidate answered 503")) : new Promise<void>(() => {});
      },
      onError: (err) => errors.push(err),
    });
    const started = performance.now();
    again.schedule(["articles"]);
    expect(performance.now() - started).toBeLessThan(50);
    await after(2000);
    expect(errors).toEqual([new Error("revalidate answered 503")]);
    // A later write is still expired again, although the last run never finishes.
    again.schedule(["articles"]);
    await after(2000);
    again.schedule(["articles"]);
    await after(2000);
    expect(calls).toBe(3);
  });

  it("stop() drops what is waiting", async () => {
    const again = createExpireAgain({ delayMs: 2000, run });
    again.schedule(["articles"]);
    again.stop();
    await after(5000);
    expect(runs).toEqual([]);
  });
});

import { chromium, errors } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "../../e2e/support/chromium";
import { postBreaking, withdrawBreaking } from "../../lib/breaking/store";
import type { Db } from "../../lib/db/connection";
import { sleep } from "./processes";

export type LatencyResult = {
  url: string;
  pollSeconds: number;
  posts: number;
  /** Milliseconds from each post's commit to its headline being visible, in posting order. */
  samplesMs: number[];
  medianMs: number | null;
  worstMs: number | null;
  /** Posts whose headline never showed within the timeout. */
  timeouts: number;
  /** Per post, ms since the page's last poll when it was posted: how well the posts cover the poll cycle. */
  phasesMs: number[];
  /** Median gap between the page's own requests to /api/breaking: proof of the interval the page really used. */
  observedPollMs: number | null;
  /** The run stopped early because it took longer than its time budget. */
  stoppedEarly: boolean;
};

const median = (xs: number[]) => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * How long a reader with the page open waits for a new breaking item. Posts straight to the store (as the
 * newsroom CLI does), then waits for the headline in the open page. Each headline shows just after a poll, so
 * the next post would always land early in the cycle (and every wait look long) unless the pause before it is
 * random over a whole poll interval: that spreads posts over the cycle, as a newsroom's would be.
 */
export async function breakingLatency(
  db: Db,
  url: string,
  opts: { posts: number; pollSeconds: number; timeoutMs?: number; budgetMs?: number; log: (l: string) => void },
): Promise<LatencyResult> {
  const { posts, pollSeconds, timeoutMs = 30_000, budgetMs = 150_000, log } = opts;
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const page = await browser.newPage();
    const polls: number[] = [];
    page.on("request", (r) => {
      if (new URL(r.url()).pathname === "/api/breaking") polls.push(Date.now());
    });
    await page.goto(url, { waitUntil: "load" });
    // The ticker fetches once on mount: until then the island is not hydrated and nothing would ever appear.
    for (const until = Date.now() + 15_000; !polls.length && Date.now() < until; ) await sleep(100);
    if (!polls.length) throw new Error(`${url} never requested /api/breaking: is the ticker on the page?`);

    const samplesMs: number[] = [];
    const phasesMs: number[] = [];
    let timeouts = 0;
    let stoppedEarly = false;
    const run = Date.now().toString(36);
    const started = Date.now();
    for (let i = 1; i <= posts; i++) {
      if (Date.now() - started > budgetMs) {
        stoppedEarly = true;
        break;
      }
      await sleep(Math.random() * pollSeconds * 1000);
      const headline = `Latency probe ${run}-${i}`;
      const item = await postBreaking(db, { headline });
      const postedAt = performance.now();
      phasesMs.push(Date.now() - polls[polls.length - 1]);
      try {
        await page.getByText(headline, { exact: true }).waitFor({ state: "visible", timeout: timeoutMs });
        samplesMs.push(Math.round(performance.now() - postedAt));
      } catch (err) {
        if (!(err instanceof errors.TimeoutError)) throw err;
        timeouts++;
        log(`!! post ${i}: headline not visible after ${timeoutMs / 1000} s`);
      } finally {
        // One probe on screen at a time; the withdrawn one leaves at the next poll.
        await withdrawBreaking(db, item.id);
      }
    }

    const gaps = polls.slice(1).map((t, i) => t - polls[i]);
    return {
      url,
      pollSeconds,
      posts: samplesMs.length + timeouts,
      samplesMs,
      phasesMs,
      medianMs: median(samplesMs),
      worstMs: samplesMs.length ? Math.max(...samplesMs) : null,
      timeouts,
      observedPollMs: median(gaps),
      stoppedEarly,
    };
  } finally {
    await browser.close();
  }
}

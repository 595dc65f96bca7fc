import { publishDueArticles } from "../content/publishing";
import type { Db } from "../db/connection";
import { pruneExpiredSessions } from "../newsroom/sessions";
import { repeat } from "../server/repeat";

/**
 * The clock every instance runs (started in instrumentation.ts). Each round publishes the scheduled articles whose
 * time has come and deletes expired sessions. It sits above lib/content and lib/newsroom because it uses both.
 *
 * Running in every instance is safe: publishDueArticles flips each article with one conditional UPDATE, so an
 * article is published exactly once whichever instance gets there, and pruning is one idempotent DELETE.
 */

export type ClockOptions = {
  getDb: () => Db;
  /** Expires the cache tags of what was just published; runs outside any request, hence handed in. */
  onPublished: (tags: string[]) => Promise<void>;
};

/** Logs a failed job the way repeat() does, so the next job of the round still runs and the next round retries. */
async function attempt(name: string, job: () => Promise<unknown>): Promise<void> {
  try {
    await job();
  } catch (err) {
    console.error(`${name}:`, err instanceof Error ? err.message : err);
  }
}

/** One round of the clock; it keeps state between rounds, so make one per clock. */
export function clockRound({ getDb, onPublished }: ClockOptions): () => Promise<void> {
  // Tags of articles already published whose refresh failed: retried next round rather than lost.
  let pending: string[] = [];
  const publish = async () => {
    pending.push(...(await publishDueArticles(getDb())).flatMap((r) => r.revalidate));
    if (pending.length === 0) return;
    await onPublished([...new Set(pending)]);
    pending = [];
  };
  return async () => {
    await attempt("publishing clock", publish);
    await attempt("session pruning", () => pruneExpiredSessions(getDb()));
  };
}

/** Runs a round now and every `intervalMs` (never two at once); returns a function that stops the clock. */
export function startClock(opts: ClockOptions & { intervalMs: number }): () => void {
  return repeat("clock", opts.intervalMs, clockRound(opts));
}

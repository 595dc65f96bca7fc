import type { Db } from "../db/connection";
import { repeat } from "../server/repeat";
import { publishDueArticles } from "./publishing";

/**
 * Publishes scheduled articles when their time comes. Runs in every instance: publishDueArticles flips each
 * article with one conditional UPDATE, so an article is published exactly once whichever instance gets there.
 */
export function startPublishingClock(opts: { getDb: () => Db; intervalMs: number; onPublished: (tags: string[]) => Promise<void> }): () => void {
  // Tags of articles already published whose refresh failed: retried next round rather than lost.
  let pending: string[] = [];
  return repeat("publishing clock", opts.intervalMs, async () => {
    pending.push(...(await publishDueArticles(opts.getDb())).flatMap((r) => r.revalidate));
    if (pending.length === 0) return;
    await opts.onPublished([...new Set(pending)]);
    pending = [];
  });
}

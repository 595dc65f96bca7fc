import type { Db } from "../db/connection";
import { publishDueArticles } from "./publishing";

/**
 * Publishes scheduled articles when their time comes. Runs in every instance: publishDueArticles flips each
 * article with one conditional UPDATE, so an article is published exactly once whichever instance gets there.
 */
export function startPublishingClock(opts: { getDb: () => Db; intervalMs: number; onPublished: (tags: string[]) => Promise<void> }): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const results = await publishDueArticles(opts.getDb());
      const tags = results.flatMap((r) => r.revalidate);
      if (tags.length) await opts.onPublished(tags);
    } catch (err) {
      console.error("publishing clock:", err instanceof Error ? err.message : err);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, opts.intervalMs);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}

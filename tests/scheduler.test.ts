import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createDraft } from "@/lib/content/article-writes";
import { getPublishedArticle } from "@/lib/content/articles";
import { publishArticle } from "@/lib/content/publishing";
import type { Db } from "@/lib/db/connection";
import { startClock } from "@/lib/jobs/clock";
import { tempDb } from "./helpers/temp-db";

let db: Db;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ db, cleanup } = await tempDb()));
afterEach(async () => cleanup());

const actor = { userId: null, label: "test" };

describe("publishing clock", () => {
  it("publishes an article whose scheduled time has passed and hands over the tags to refresh", async () => {
    const { article } = await createDraft(db, { title: "Night ferry returns", body: "The ferry runs again." }, actor);
    const soon = new Date(Date.now() + 150).toISOString();
    await publishArticle(db, article.id, { at: soon }, actor);
    expect(await getPublishedArticle(db, article.slug)).toBeNull();

    const onPublished = vi.fn(async (_tags: string[]) => {});
    const stop = startClock({ getDb: () => db, intervalMs: 20, onPublished });
    try {
      await vi.waitFor(() => expect(onPublished).toHaveBeenCalledTimes(1), { timeout: 3000 });
      expect(onPublished.mock.calls[0][0]).toEqual(expect.arrayContaining(["articles", `article:${article.slug}`]));
      expect((await getPublishedArticle(db, article.slug))?.title).toBe("Night ferry returns");
      await new Promise((r) => setTimeout(r, 100));
      expect(onPublished).toHaveBeenCalledTimes(1);
    } finally {
      stop();
    }
  });

  it("keeps the tags of a failed refresh and hands them over again next round", async () => {
    const { article } = await createDraft(db, { title: "Tram line reopens", body: "Trams run again." }, actor);
    await publishArticle(db, article.id, { at: new Date(Date.now() + 100).toISOString() }, actor);
    const seen: string[][] = [];
    const onPublished = vi.fn(async (tags: string[]) => {
      seen.push(tags);
      if (seen.length === 1) throw new Error("loopback down");
    });
    const stop = startClock({ getDb: () => db, intervalMs: 20, onPublished });
    try {
      await vi.waitFor(() => expect(onPublished).toHaveBeenCalledTimes(2), { timeout: 3000 });
      expect(seen[1]).toEqual(seen[0]);
      expect(seen[1]).toContain(`article:${article.slug}`);
    } finally {
      stop();
    }
  });
});

import { sql } from "kysely";
import type { Db } from "../db/connection";
import { ConflictError, ValidationError } from "../errors";
import { inTransaction, lockArticle, mergeTags, publicTags, type Actor, type WriteResult } from "./article-writes";
import { parseInput } from "../validation";
import { publishSchema } from "./article-schema";
import { getArticleById } from "./articles";
import { rotatePreviewSecret } from "./preview-secrets";
import { tagsForArticle } from "./cache-tags";

/**
 * When readers see an article: publish now, schedule for later, unpublish. Status changes are not content
 * changes, so they record no revision. Readers' queries decide visibility with `visible()` in articles.ts
 * (status published and published_at not in the future); `publishDueArticles` turns due schedules into that.
 */

type Clock = { now?: Date };

/**
 * Publishes now (no `at`, or `at` not after now) or schedules for `at`.
 * - Publishing now sets published_at to now, except when republishing an article that was published before and
 *   then unpublished: it keeps its original date, so feeds and listings do not present an old story as new.
 * - Publishing an article that is already live changes nothing (and revalidates nothing).
 * - A future `at` schedules a draft, an unpublished or a scheduled article (rescheduling). A live article must
 *   be unpublished first: scheduling it would silently take it off the site until then.
 * `actor` is who asked; kept in the signature for the audit log the API will want, unused for now.
 */
export async function publishArticle(
  db: Db,
  id: number,
  input: { at?: string | null } | undefined,
  actor: Actor,
  { now = new Date() }: Clock = {},
): Promise<WriteResult> {
  void actor;
  const { at } = parseInput(publishSchema, input ?? {}, "Send {} to publish now or { at } to schedule");
  const nowIso = now.toISOString();
  return inTransaction(db, async (trx) => {
    const row = await lockArticle(trx, id);
    const before = (await getArticleById(trx, id))!;
    if (row.body.trim() === "") throw new ValidationError("Write the body before publishing", "body");
    const live = row.status === "published" && row.published_at !== null && row.published_at <= nowIso;

    if (at !== undefined && at > nowIso) {
      if (live) throw new ConflictError("The article is already live: unpublish it first to schedule it for later", "at");
      await trx.updateTable("articles").set({ status: "scheduled", published_at: at }).where("id", "=", id).execute();
    } else {
      if (live) return { article: before, revalidate: [] };
      const wasLive = row.status === "unpublished" && row.published_at !== null && row.published_at <= nowIso;
      await trx
        .updateTable("articles")
        .set({ status: "published", published_at: wasLive ? row.published_at : nowIso, updated_at: nowIso })
        .where("id", "=", id)
        .execute();
    }
    const after = (await getArticleById(trx, id))!;
    return { article: after, revalidate: mergeTags(publicTags(before), publicTags(after)) };
  });
}

/**
 * Takes an article off the site: status unpublished, its URL answers 404 and it leaves every listing and feed.
 * Its published_at and revisions stay. A scheduled article is unscheduled the same way. Its preview secret is
 * replaced in the same transaction, so every preview link given out before (and the preview cookie such a link
 * set) stops opening it: a takedown also takes it away from whoever was sent a link. Unpublishing a draft or an
 * unpublished article changes nothing.
 */
export async function unpublishArticle(db: Db, id: number, actor: Actor, { now = new Date() }: Clock = {}): Promise<WriteResult> {
  void actor;
  return inTransaction(db, async (trx) => {
    const row = await lockArticle(trx, id);
    const before = (await getArticleById(trx, id))!;
    if (row.status === "draft" || row.status === "unpublished") return { article: before, revalidate: [] };
    await trx.updateTable("articles").set({ status: "unpublished", updated_at: now.toISOString() }).where("id", "=", id).execute();
    await rotatePreviewSecret(trx, id);
    const after = (await getArticleById(trx, id))!;
    return { article: after, revalidate: mergeTags(publicTags(before), publicTags(after)) };
  });
}

/**
 * Publishes every scheduled article whose time has come, returning each with the tags to revalidate. Safe to
 * run at once from several processes: each article flips in one conditional UPDATE (still scheduled, still
 * due), and only the run whose UPDATE changed the row reports it, so each is published and revalidated once.
 */
export async function publishDueArticles(db: Db, { now = new Date() }: Clock = {}): Promise<WriteResult[]> {
  const nowIso = now.toISOString();
  const due = await db
    .selectFrom("articles")
    .select("id")
    .where("status", "=", "scheduled")
    .where("published_at", "<=", nowIso)
    .orderBy("published_at")
    .orderBy("id")
    .execute();
  const results: WriteResult[] = [];
  for (const { id } of due) {
    const flipped = await db
      .updateTable("articles")
      // Modified no earlier than it appeared: an edit made after the due time but before this run is kept.
      .set({
        status: "published",
        updated_at: sql<string>`case when ${sql.ref("updated_at")} > ${sql.ref("published_at")} then ${sql.ref("updated_at")} else ${sql.ref("published_at")} end`,
      })
      .where("id", "=", id)
      .where("status", "=", "scheduled")
      .where("published_at", "<=", nowIso)
      .executeTakeFirst();
    if (Number(flipped.numUpdatedRows) !== 1) continue; // another process got there first, or it was rescheduled
    const article = await getArticleById(db, id);
    if (article) results.push({ article, revalidate: tagsForArticle(article) });
  }
  return results;
}

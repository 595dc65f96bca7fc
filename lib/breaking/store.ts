import { config } from "../config";
import type { Db } from "../db/connection";
import {
  BreakingNotFoundError,
  BreakingValidationError,
  breakingInputSchemaAt,
  breakingPatchSchemaAt,
  parseBreaking,
} from "./schema";
import { PRIORITY_RANK } from "./order";
import type { BreakingItem, BreakingPriority, LiveBreaking } from "./types";

/**
 * Breaking-news queries: every read and write of breaking_items, for the newsroom CLI, the admin API and the
 * public snapshot alike. Each write also bumps breaking_version in the same transaction, which is how every
 * web process's snapshot learns of the change (see snapshot.ts); write only through these functions.
 */

type Clock = { now?: Date };

/** The banner never shows more than this many items. */
export const LIVE_LIMIT = 10;

const columns = [
  "id",
  "headline",
  "link",
  "language",
  "priority",
  "posted_at",
  "expires_at",
  "withdrawn_at",
  "updated_at",
] as const;

type Row = {
  id: number;
  headline: string;
  link: string | null;
  language: string;
  priority: string;
  posted_at: string;
  expires_at: string | null;
  withdrawn_at: string | null;
  updated_at: string;
};

function toItem(r: Row): BreakingItem {
  return {
    id: r.id,
    headline: r.headline,
    link: r.link,
    language: r.language,
    priority: r.priority as BreakingPriority,
    postedAt: r.posted_at,
    expiresAt: r.expires_at,
    withdrawnAt: r.withdrawn_at,
    updatedAt: r.updated_at,
  };
}

/** The public view of an item. */
export function toLive(i: BreakingItem): LiveBreaking {
  return {
    id: i.id,
    headline: i.headline,
    link: i.link,
    language: i.language,
    priority: i.priority,
    postedAt: i.postedAt,
    expiresAt: i.expiresAt,
  };
}

async function bumpVersion(db: Db): Promise<void> {
  await db
    .updateTable("breaking_version")
    .set((eb) => ({ version: eb("version", "+", 1) }))
    .where("id", "=", 1)
    .execute();
}

async function requireItem(db: Db, id: number): Promise<BreakingItem> {
  const item = await getBreaking(db, id);
  if (!item) throw new BreakingNotFoundError(id);
  return item;
}

/**
 * Posts a new item, live from `now`. Without an expiresAt it expires `defaultHours` later (BREAKING_DEFAULT_HOURS),
 * so a busy day's items leave by themselves; expiresAt: null asks for none. Throws BreakingValidationError naming
 * the field when the input is wrong.
 */
export async function postBreaking(
  db: Db,
  input: unknown,
  { now = new Date(), defaultHours = config().breakingDefaultHours }: Clock & { defaultHours?: number } = {},
): Promise<BreakingItem> {
  const v = parseBreaking(breakingInputSchemaAt(() => now), input);
  const at = now.toISOString();
  const expiresAt = v.expiresAt !== undefined ? v.expiresAt : new Date(now.getTime() + defaultHours * 3_600_000).toISOString();
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto("breaking_items")
      .values({
        headline: v.headline,
        link: v.link,
        language: v.language,
        priority: v.priority,
        posted_at: at,
        expires_at: expiresAt,
        withdrawn_at: null,
        updated_at: at,
      })
      .returning(columns)
      .executeTakeFirstOrThrow();
    await bumpVersion(trx);
    return toItem(row);
  });
}

/**
 * Changes the fields given in `patch` (null clears link or expiresAt). Throws BreakingNotFoundError for an
 * unknown id and BreakingValidationError for a wrong or empty patch. Withdrawn items can be edited too (for the record).
 */
export async function editBreaking(db: Db, id: number, patch: unknown, { now = new Date() }: Clock = {}): Promise<BreakingItem> {
  await requireItem(db, id);
  const v = parseBreaking(breakingPatchSchemaAt(() => now), patch);
  const set = {
    ...(v.headline !== undefined && { headline: v.headline }),
    ...(v.link !== undefined && { link: v.link }),
    ...(v.language !== undefined && { language: v.language }),
    ...(v.priority !== undefined && { priority: v.priority }),
    ...(v.expiresAt !== undefined && { expires_at: v.expiresAt }),
  };
  if (Object.keys(set).length === 0) {
    throw new BreakingValidationError("Nothing to change: give a headline, link, language, priority or expiresAt");
  }
  return update(db, id, set, now);
}

/**
 * Withdraws an item: it leaves the banner at once and stays in the newsroom's list. Idempotent: withdrawing an
 * already withdrawn item keeps the first time and writes nothing (so the version, and every cache, stays put).
 */
export async function withdrawBreaking(db: Db, id: number, { now = new Date() }: Clock = {}): Promise<BreakingItem> {
  const item = await requireItem(db, id);
  if (item.withdrawnAt !== null) return item;
  return update(db, id, { withdrawn_at: now.toISOString() }, now);
}

/**
 * Expires an item now (expires_at = now). An item that has already expired keeps its earlier time and nothing
 * is written, like a repeated withdraw.
 */
export async function expireBreaking(db: Db, id: number, { now = new Date() }: Clock = {}): Promise<BreakingItem> {
  const item = await requireItem(db, id);
  const at = now.toISOString();
  if (item.expiresAt !== null && item.expiresAt <= at) return item;
  return update(db, id, { expires_at: at }, now);
}

type Changes = Partial<Pick<Row, "headline" | "link" | "language" | "expires_at" | "withdrawn_at">> & {
  priority?: BreakingPriority;
};

async function update(db: Db, id: number, set: Changes, now: Date): Promise<BreakingItem> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable("breaking_items")
      .set({ ...set, updated_at: now.toISOString() })
      .where("id", "=", id)
      .returning(columns)
      .executeTakeFirst();
    if (!row) throw new BreakingNotFoundError(id); // deleted between the read and this write
    await bumpVersion(trx);
    return toItem(row);
  });
}

/** Any item by id, withdrawn or expired included: for the newsroom. */
export async function getBreaking(db: Db, id: number): Promise<BreakingItem | null> {
  const row = await db.selectFrom("breaking_items").select(columns).where("id", "=", id).executeTakeFirst();
  return row ? toItem(row) : null;
}

/** The newsroom's list, newest first: expired items included, withdrawn ones only when asked. */
export async function listBreaking(
  db: Db,
  { includeWithdrawn = false, limit = 50 }: { includeWithdrawn?: boolean; limit?: number } = {},
): Promise<BreakingItem[]> {
  let q = db.selectFrom("breaking_items").select(columns);
  if (!includeWithdrawn) q = q.where("withdrawn_at", "is", null);
  const rows = await q.orderBy("posted_at", "desc").orderBy("id", "desc").limit(limit).execute();
  return rows.map(toItem);
}

/** What the banner shows at `now`, in banner order (order.ts; at most LIVE_LIMIT), optionally in one language only. */
export async function listLiveBreaking(
  db: Db,
  { now = new Date(), lang }: Clock & { lang?: string } = {},
): Promise<LiveBreaking[]> {
  const rows = await liveQuery(db, now)
    .where("posted_at", "<=", now.toISOString())
    .$if(lang !== undefined, (q) => q.where("language", "=", lang!))
    .limit(LIVE_LIMIT)
    .execute();
  return rows.map((r) => toLive(toItem(r)));
}

/**
 * Items not withdrawn and not expired at `now`, including ones posted in the future, in banner order: what the
 * snapshot holds so that it only needs the clock, not the database, to tell when each one shows and hides.
 * `limit` bounds memory should the newsroom leave hundreds of items without an expiry.
 */
export async function listUnexpiredBreaking(
  db: Db,
  { now = new Date(), limit = 500 }: Clock & { limit?: number } = {},
): Promise<BreakingItem[]> {
  const rows = await liveQuery(db, now).limit(limit).execute();
  return rows.map(toItem);
}

function liveQuery(db: Db, now: Date) {
  const t = now.toISOString();
  return db
    .selectFrom("breaking_items")
    .select(columns)
    .where("withdrawn_at", "is", null)
    .where((eb) => eb.or([eb("expires_at", "is", null), eb("expires_at", ">", t)]))
    // bannerOrder (order.ts) in SQL: priority first, so the cap keeps every "breaking" item before a "developing" one.
    .orderBy((eb) => eb.case().when("priority", "=", "developing").then(eb.lit(PRIORITY_RANK.developing)).else(eb.lit(PRIORITY_RANK.breaking)).end())
    .orderBy("posted_at", "desc")
    .orderBy("id", "desc");
}

/** A short string that changes on every write through this module: one primary-key read. */
export async function breakingVersion(db: Db): Promise<string> {
  const row = await db.selectFrom("breaking_version").select("version").where("id", "=", 1).executeTakeFirst();
  return `v${row?.version ?? 0}`;
}

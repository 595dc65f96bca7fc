import "server-only";
import type { Db } from "../db/connection";
import { expireBreakingPages } from "./page-cache.next";
import { breakingSnapshot } from "./snapshot";
import { editBreaking, postBreaking, withdrawBreaking } from "./store";
import type { BreakingItem } from "./types";

/**
 * Breaking-news writes made inside the server (admin API, console): the same store functions as the CLI, then
 * the in-process snapshot and the cached pages are refreshed at once instead of at the watcher's next tick.
 */
async function andRefresh(write: Promise<BreakingItem>): Promise<BreakingItem> {
  const item = await write;
  breakingSnapshot().invalidate();
  expireBreakingPages();
  return item;
}

export const postBreakingNow = (db: Db, input: unknown) => andRefresh(postBreaking(db, input));
export const editBreakingNow = (db: Db, id: number, patch: unknown) => andRefresh(editBreaking(db, id, patch));
export const withdrawBreakingNow = (db: Db, id: number) => andRefresh(withdrawBreaking(db, id));

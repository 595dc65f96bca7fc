import "server-only";
import { unstable_cache } from "next/cache";
import { revalidateContent } from "../content/revalidate.next";
import { breakingSnapshot } from "./snapshot";
import { BREAKING_TAG } from "./tag";
import type { LiveBreaking } from "./types";

/**
 * Breaking news inside cached pages. Every reader page renders the banner from this tagged read, so the
 * page cache knows which pages show breaking news; when an item is posted, edited, withdrawn or expires, the
 * tag is expired at once (not stale-while-revalidate) and the next request for any page renders afresh.
 */

/** An edition's live items (`lang`): the language is chosen before the banner's limit of items, not after. */
export const readBreakingForPage = unstable_cache(
  async (lang: string): Promise<LiveBreaking[]> => (await breakingSnapshot().get(lang)).items,
  ["breaking-banner"],
  { tags: [BREAKING_TAG] },
);

/** Call from a route handler or server action after a change (the watcher does it for changes made elsewhere). */
export function expireBreakingPages(): void {
  revalidateContent([BREAKING_TAG]);
}

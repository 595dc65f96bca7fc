import "server-only";
import { revalidateTag } from "next/cache";

/**
 * Expires the cached pages and data behind these tags at once, so the next reader gets the change (not one more
 * stale copy, which is what the "max" profile would serve). Call after a write commits, from a route handler.
 */
export function revalidateContent(tags: Iterable<string>): void {
  for (const tag of new Set(tags)) revalidateTag(tag, { expire: 0 });
}

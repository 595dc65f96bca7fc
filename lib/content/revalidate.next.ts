import "server-only";
import { revalidateTag } from "next/cache";
import { createExpireAgain, type ExpireAgain } from "../server/expire-again";
import { revalidateViaLoopback } from "../server/loopback";

/** How long after a write its tags are expired again: longer than a page's render takes. */
export const EXPIRE_AGAIN_MS = 2000;

/**
 * Expires the cached pages and data behind these tags at once, so the next reader gets the change (not one more
 * stale copy, which is what the "max" profile would serve). Call after a write commits, from a route handler.
 *
 * Unless `again` is false, the same tags are expired once more EXPIRE_AGAIN_MS later (lib/server/expire-again.ts):
 * a render that began before the write and was stored after this expiry would otherwise survive it. That second
 * expiry runs outside any request, so it goes through this server's loopback route, which passes `again: false`.
 */
export function revalidateContent(tags: Iterable<string>, { again = true }: { again?: boolean } = {}): void {
  const unique = [...new Set(tags)];
  for (const tag of unique) revalidateTag(tag, { expire: 0 });
  if (again && unique.length > 0) expireAgain().schedule(unique);
}

const KEY = Symbol.for("dispatch.expireAgain");

/** One per process: every route bundle may hold its own copy of this module, the timer must be shared. */
function expireAgain(): ExpireAgain {
  const g = globalThis as unknown as Record<symbol, ExpireAgain | undefined>;
  g[KEY] ??= createExpireAgain({ delayMs: EXPIRE_AGAIN_MS, run: (tags) => revalidateViaLoopback(tags) });
  return g[KEY];
}

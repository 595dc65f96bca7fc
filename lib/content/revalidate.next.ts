import "server-only";
import { revalidateTag } from "next/cache";
import { readSecondPass } from "../cache/second-pass.mjs";
import { createExpireAgain, type ExpireAgain } from "../server/expire-again";
import { revalidateViaLoopback } from "../server/loopback";

/** How long after a write its tags get a second pass: longer than a page's render takes. */
export const EXPIRE_AGAIN_MS = 2000;

/**
 * Expires the cached pages and data behind these tags at once, so the next reader gets the change (not one more
 * stale copy, which is what the "max" profile would serve). Call after a write commits, from a route handler.
 *
 * Unless `again` is false, the tags get a second pass EXPIRE_AGAIN_MS later (lib/server/expire-again.ts): a render
 * that began before the write and was stored after this expiry would otherwise survive it. The pass goes straight
 * to the cache handler (lib/cache/second-pass.mjs), which drops only what began rendering before the write, so
 * pages rendered since stay cached. Should the handler not be there, the tags are expired again over loopback.
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
  g[KEY] ??= createExpireAgain({
    delayMs: EXPIRE_AGAIN_MS,
    run: (batch) => {
      const pass = readSecondPass();
      return pass ? pass(batch) : revalidateViaLoopback(batch.map((b) => b.tag));
    },
  });
  return g[KEY];
}

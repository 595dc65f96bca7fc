import { createHash } from "node:crypto";
import { db, type Db } from "../db/connection";
import { isLive } from "./state";
import { breakingVersion, LIVE_LIMIT, listUnexpiredBreaking, toLive } from "./store";
import type { BreakingItem, LiveBreaking } from "./types";

/**
 * The in-process copy of breaking news that GET /api/breaking and the pages read, so a busy site does not
 * query the database per request. It holds every item that is not withdrawn and not yet expired (future posts
 * included), and decides visibility by the clock at every read: an item that expires disappears at that very
 * moment, with no database change and however fresh the copy is. Changes made anywhere (this process, the CLI,
 * another server) are noticed through breakingVersion(), read at most once per maxAgeMs; items are reloaded
 * only when the version moved. A writer in this process calls invalidate() to be seen at once.
 */

export type BreakingSnapshot = {
  get(lang?: string): Promise<{ items: LiveBreaking[]; etag: string; version: string }>;
  invalidate(): void;
};

type State = { gen: number; version: string; items: BreakingItem[]; checkedAt: number };

export function createBreakingSnapshot(
  getDb: () => Db,
  { maxAgeMs = 2000, clock = () => new Date() }: { maxAgeMs?: number; clock?: () => Date } = {},
): BreakingSnapshot {
  let state: State | undefined;
  // Bumped by invalidate(); a state loaded for an older generation must be reloaded, whatever its version.
  let gen = 0;
  let inflight: Promise<State> | undefined;

  async function refresh(forGen: number): Promise<State> {
    const checkedAt = clock().getTime();
    const d = getDb();
    const version = await breakingVersion(d);
    const prev = state;
    const items =
      prev && prev.gen === forGen && prev.version === version
        ? prev.items
        : await listUnexpiredBreaking(d, { now: new Date(checkedAt) });
    state = { gen: forGen, version, items, checkedAt };
    return state;
  }

  async function current(): Promise<State> {
    for (;;) {
      const s = state;
      if (s && s.gen === gen && clock().getTime() - s.checkedAt < maxAgeMs) return s;
      // Concurrent readers share the refresh in flight: one database round trip however many requests wait.
      inflight ??= refresh(gen).finally(() => {
        inflight = undefined;
      });
      let fresh: State;
      try {
        fresh = await inflight;
      } catch (err) {
        // The database is unreachable: keep serving the last copy (the clock still hides expired items) and
        // try again on the next read. With no copy at all there is nothing to serve.
        if (s) return s;
        throw err;
      }
      // invalidate() during that refresh means it may have read the store before the change: go again.
      if (fresh.gen === gen) return fresh;
    }
  }

  return {
    async get(lang) {
      const s = await current();
      const now = clock();
      const items = s.items
        .filter((i) => isLive(i, now) && (lang === undefined || i.language === lang))
        .slice(0, LIVE_LIMIT)
        .map(toLive);
      return { items, etag: etagOf(items), version: s.version };
    },
    invalidate() {
      gen++;
    },
  };
}

/** A strong ETag for exactly these items: it changes when one is added, edited, withdrawn or expires. */
function etagOf(items: LiveBreaking[]): string {
  return `"b-${createHash("sha1").update(JSON.stringify(items)).digest("base64url")}"`;
}

const globalSnapshot = globalThis as unknown as { __dispatchBreakingSnapshot?: BreakingSnapshot };

/** The process-wide snapshot over db(); kept on globalThis so a dev-server hot reload does not start a second one. */
export function breakingSnapshot(): BreakingSnapshot {
  // One second: the ticker sees a change made elsewhere at most a second late, for one tiny query a second.
  globalSnapshot.__dispatchBreakingSnapshot ??= createBreakingSnapshot(db, { maxAgeMs: 1000 });
  return globalSnapshot.__dispatchBreakingSnapshot;
}

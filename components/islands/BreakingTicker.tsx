"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import useSWR from "swr";
import { bannerOrder } from "@/lib/breaking/order";
import type { LiveBreaking } from "@/lib/breaking/types";
import { addDismissed, readDismissed } from "@/lib/reader/breaking-dismissals";
import { useShouldPoll } from "./useShouldPoll";

type Labels = { breakingNews: string; developing: string; breakingUpdates: string; dismiss: string; more: string };
/** `lang`: the edition's language; the ticker asks only for its items. */
type Props = { initial: LiveBreaking[]; pollMs: number; lang: string; labels: Labels };
type Answer = { version: string; items: LiveBreaking[] };

const MAX_BACKOFF_MS = 5 * 60_000;

async function fetchBreaking(url: string): Promise<Answer> {
  // no-cache: always ask, with the ETag the browser holds; an unchanged list costs a 304 and no body.
  const res = await fetch(url, { cache: "no-cache", headers: { accept: "application/json" } });
  if (!res.ok) throw new Error(`breaking news answered ${res.status}`);
  return res.json();
}

const notExpired = (now: number) => (i: LiveBreaking) => !i.expiresAt || Date.parse(i.expiresAt) > now;

/**
 * The breaking-news banner. Server-rendered with the items live when the page was rendered (so it works
 * without JavaScript), then kept current by polling /api/breaking with SWR.
 *
 * However many items are live, each place shows one, the first in banner order (priority, then time), and a
 * "N more" disclosure (<details>, so it works without JavaScript too) for the rest.
 *
 * Layout never shifts after first paint: the strip rendered with the page keeps its size and structure (a
 * withdrawn or expired item turns invisible in place); items that arrive later appear in a bar at the bottom of
 * the screen, outside the flow, of a fixed height that is in the page from the start (invisible while empty), so
 * a second or third arrival changes what it shows and its count, never its size. Both are polite live regions,
 * so screen readers hear new items without interruption.
 */
export function BreakingTicker({ initial, pollMs, lang, labels }: Props) {
  const shouldPoll = useShouldPoll(pollMs > 0);
  const failures = useRef(0);
  const { data } = useSWR<Answer>(`/api/breaking?lang=${encodeURIComponent(lang)}`, fetchBreaking, {
    fallbackData: { version: "", items: initial },
    // Exponential back-off while the server fails; SWR keeps the last good data meanwhile.
    refreshInterval: () => (shouldPoll ? Math.min(pollMs * 2 ** failures.current, MAX_BACKOFF_MS) : 0),
    revalidateOnFocus: true,
    revalidateOnMount: true,
    shouldRetryOnError: false,
    dedupingInterval: 1000,
    onSuccess: () => {
      failures.current = 0;
    },
    onError: () => {
      failures.current += 1;
    },
  });

  const [dismissed, setDismissed] = useState<number[]>([]);
  useEffect(() => setDismissed(readDismissed()), []);
  const dismiss = useCallback((id: number) => setDismissed(addDismissed(id)), []);

  const now = Date.now();
  const live = (data?.items ?? initial).filter(notExpired(now));
  const liveIds = new Set(live.map((i) => i.id));
  const initialIds = new Set(initial.map((i) => i.id));
  const shown = (i: LiveBreaking) => liveIds.has(i.id) && !dismissed.includes(i.id);
  // The strip: the page's own items, first one in view, the others behind "N more" (its structure never changes).
  const [top, ...rest] = [...initial].sort(bannerOrder);
  // The bar: items that arrived since, the first in banner order in view, the others behind its own "N more".
  const [newest, ...older] = live.filter((i) => !initialIds.has(i.id) && !dismissed.includes(i.id)).sort(bannerOrder);
  const more = (n: number) => labels.more.replace("{n}", String(n));
  const restShown = rest.filter(shown).length;

  return (
    <>
      {top && (
        <section aria-label={labels.breakingNews} className="no-print bg-accent text-white">
          <div className="mx-auto max-w-6xl px-4">
            <ul aria-live="polite">
              <BreakingItem item={top} labels={labels} hidden={!liveIds.has(top.id)} dismissed={dismissed.includes(top.id)} onDismiss={dismiss} />
            </ul>
            {rest.length > 0 && (
              // Native disclosure: works without JavaScript, keyboard-operable, announced as expanded or collapsed.
              // Opening it pushes the page down, but only when the reader asks.
              <details className="pb-2">
                <summary className={SUMMARY} style={restShown === 0 ? { visibility: "hidden" } : undefined}>
                  {more(restShown)}
                </summary>
                <ul>
                  {rest.map((item) => (
                    <BreakingItem
                      key={item.id}
                      item={item}
                      labels={labels}
                      hidden={!liveIds.has(item.id)}
                      dismissed={dismissed.includes(item.id)}
                      onDismiss={dismiss}
                    />
                  ))}
                </ul>
              </details>
            )}
          </div>
        </section>
      )}
      {/* Always in the page, invisible while empty: an arrival changes what it shows, never its size or structure. */}
      <section aria-label={labels.breakingUpdates} className="no-print fixed inset-x-0 bottom-0 z-40">
        <div
          className="breaking-bar"
          style={newest ? undefined : { visibility: "hidden" }}
        >
          <ul aria-live="polite" className="min-w-0 flex-1 overflow-hidden">
            {newest && <BreakingItem key={newest.id} item={newest} labels={labels} hidden={false} dismissed={false} onDismiss={dismiss} toast />}
          </ul>
          <details className="shrink-0" style={older.length === 0 ? { visibility: "hidden" } : undefined}>
            <summary className={SUMMARY}>{more(older.length)}</summary>
            {/* Opens upwards over the page, anchored to the bar: a later arrival adds to its top, nothing moves. */}
            <ul className="breaking-older">
              {older.map((item) => (
                <BreakingItem key={item.id} item={item} labels={labels} hidden={false} dismissed={false} onDismiss={dismiss} toast />
              ))}
            </ul>
          </details>
        </div>
      </section>
    </>
  );
}

const SUMMARY = "breaking-more";

function BreakingItem(props: {
  item: LiveBreaking;
  labels: Labels;
  hidden: boolean;
  dismissed: boolean;
  onDismiss: (id: number) => void;
  toast?: boolean;
}) {
  const { item, labels, hidden, dismissed, onDismiss, toast } = props;
  if (dismissed) return null;
  const tag = item.priority === "developing" ? labels.developing : labels.breakingNews;
  return (
    <li
      data-breaking-id={item.id}
      // No lang or dir of its own: an edition's page shows only its own items, in its language and direction.
      // Withdrawn or expired: invisible, but its space stays so nothing below moves.
      style={hidden ? { visibility: "hidden" } : undefined}
      aria-hidden={hidden || undefined}
      // Styled in app/globals.css (.breaking-item): in the bar at most two lines, so its height never depends on the
      // headline; in the strip, on a phone, the headline takes its own line under the label.
      className={toast ? "breaking-item toast" : "breaking-item"}
    >
      <span className="breaking-tag">{tag}</span>
      <span className="breaking-text">
        {item.link ? (
          <a href={item.link}>{item.headline}</a>
        ) : (
          item.headline
        )}
      </span>
      <button
        type="button"
        onClick={() => onDismiss(item.id)}
        aria-label={`${labels.dismiss}: ${item.headline}`}
        className="needs-js"
        tabIndex={hidden ? -1 : undefined}
      >
        <span aria-hidden="true">×</span>
      </button>
    </li>
  );
}

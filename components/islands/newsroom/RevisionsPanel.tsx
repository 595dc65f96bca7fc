"use client";

import { useEffect, useState } from "react";
import type { UiStrings } from "@/lib/i18n/ui";
import type { ArticleDto } from "@/lib/newsroom/article-dto";
import { callApi } from "./editor-form";

type Revision = { rev: number; createdAt: string; createdByLabel: string; title: string };
type Props = { s: UiStrings["newsroom"]["editor"]; articleId: number; version: number; onRestored: (a: ArticleDto) => void };

/** Every save is a revision: who, when, and a button to bring that version back (as a new revision). */
export function RevisionsPanel({ s, articleId, version, onRestored }: Props) {
  const [items, setItems] = useState<Revision[] | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  useEffect(() => {
    let live = true;
    void callApi<{ items: Revision[] }>("GET", `/api/admin/v1/articles/${articleId}/revisions`).then((res) => {
      if (!live) return;
      if (res.ok) setItems(res.data.items);
      else setMessage({ text: s.revisionsFailed, error: true });
    });
    return () => { live = false; };
  }, [articleId, version, s.revisionsFailed]);

  const restore = async (rev: number) => {
    const res = await callApi<ArticleDto>("POST", `/api/admin/v1/articles/${articleId}/revisions/${rev}/restore`, {});
    if (!res.ok) {
      const f = res.failure;
      setMessage({ text: f.kind === "network" ? s.offline : f.kind === "session" ? s.sessionEnded : f.message, error: true });
      return;
    }
    onRestored(res.data);
    setMessage({ text: s.restoredDone.replace("{rev}", String(rev)), error: false });
  };

  return (
    <section aria-labelledby="revisions-heading" className="mt-8">
      <h2 id="revisions-heading" className="mb-2 text-lg font-semibold">{s.revisions}</h2>
      <p role="status" aria-live="polite" className={message?.error ? "font-semibold text-accent" : ""}>{message?.text}</p>
      {items && (
        // A list rather than a table, so each entry wraps on a phone instead of running off the screen.
        <ol className="divide-y divide-rule border-y border-rule">
          {items.map((r, i) => (
            <li key={r.rev} className="flex flex-wrap items-center gap-x-4 gap-y-1 py-2">
              <span className="font-semibold">{s.revision} {r.rev}</span>
              <time dateTime={r.createdAt}>{`${r.createdAt.slice(0, 16).replace("T", " ")} UTC`}</time>
              <span>{s.savedBy} {r.createdByLabel}</span>
              <span className="min-w-0 flex-1 [overflow-wrap:anywhere]">{r.title}</span>
              {i > 0 && (
                <button type="button" className="rounded border border-brand px-2 py-0.5 text-brand" onClick={() => restore(r.rev)}>
                  {s.restore} <span className="sr-only">{s.revision} {r.rev}</span>
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

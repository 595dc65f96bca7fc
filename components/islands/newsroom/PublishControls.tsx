"use client";

import { useState } from "react";
import type { UiStrings } from "@/lib/i18n/ui";
import type { ArticleDto } from "@/lib/newsroom/article-dto";
import { callApi } from "./editor-form";

type Props = { s: UiStrings["newsroom"]["editor"]; article: ArticleDto; onChange: (a: ArticleDto) => void };

/** Publish now, schedule, unpublish, and the preview link: for editors and admins (the API checks too). */
export function PublishControls({ s, article, onChange }: Props) {
  const [at, setAt] = useState("");
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (path: string, body: unknown, done: string) => {
    setBusy(true);
    const res = await callApi<ArticleDto>("POST", `/api/admin/v1/articles/${article.id}/${path}`, body);
    setBusy(false);
    if (!res.ok) {
      const f = res.failure;
      setMessage({ text: f.kind === "network" ? s.offline : f.kind === "session" ? s.sessionEnded : f.message, error: true });
      return;
    }
    onChange(res.data);
    setMessage({ text: done, error: false });
  };

  const schedule = () => {
    // datetime-local has no zone: it is the editor's local time, turned into an instant here.
    const when = at ? new Date(at) : null;
    if (!when || Number.isNaN(when.getTime())) {
      setMessage({ text: s.scheduleNeedsTime, error: true });
      return;
    }
    void run("publish", { at: when.toISOString() }, s.scheduledDone);
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(article.previewUrl);
      setMessage({ text: s.copied, error: false });
    } catch {
      setMessage({ text: s.copyFailed, error: true });
    }
  };

  const when = article.publishedAt ? `${article.publishedAt.slice(0, 16).replace("T", " ")} UTC` : null;
  const button = "rounded border border-brand px-3 py-1 text-brand disabled:opacity-60";
  return (
    <section aria-labelledby="publishing-heading" className="mt-8 rounded border border-rule p-4">
      <h2 id="publishing-heading" className="mb-2 text-lg font-semibold">{s.publishing}</h2>
      <p className="mb-3">
        {s.statusLabel}: <strong data-testid="article-status">{s.statusNames[article.status]}</strong>
        {when && article.status !== "draft" && <> · <time dateTime={article.publishedAt!}>{when}</time></>}
      </p>
      <div className="flex flex-wrap items-end gap-3">
        <button type="button" disabled={busy} className={button} onClick={() => run("publish", {}, s.publishedDone)}>{s.publishNow}</button>
        <div>
          <label htmlFor="schedule-at" className="block text-sm font-semibold">{s.scheduleAt}</label>
          <input id="schedule-at" type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} className="rounded border border-muted px-2 py-1" />
        </div>
        <button type="button" disabled={busy} className={button} onClick={schedule}>{s.schedule}</button>
        {(article.status === "published" || article.status === "scheduled") && (
          <button type="button" disabled={busy} className={button} onClick={() => run("unpublish", {}, s.unpublishedDone)}>{s.unpublish}</button>
        )}
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <a href={article.previewUrl} target="_blank" rel="noopener noreferrer">{s.openPreview}</a>
        <button type="button" className={button} onClick={copy}>{s.copyShareLink}</button>
        <button type="button" disabled={busy} className={button} onClick={() => run("share-links/revoke", {}, s.revokedDone)}>{s.revokeShareLinks}</button>
      </div>
      <p role="status" aria-live="polite" className={`mt-3 ${message?.error ? "font-semibold text-accent" : ""}`}>{message?.text}</p>
    </section>
  );
}

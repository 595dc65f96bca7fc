"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { BlogRef } from "@/lib/content/types";
import type { UiStrings } from "@/lib/i18n/ui";
import type { ArticleDto } from "@/lib/newsroom/article-dto";
import {
  callApi, clearAutosave, clockTime, editionCodeOf, emptyValues, formFieldOf, payloadOf, readAutosave, sameValues, valuesOf,
  writeAutosave, type ApiFailure, type EditionChoice, type EditorValues,
} from "./editor-form";
import { Field } from "./Field";
import { HeroImageField } from "./HeroImageField";
import { MarkdownPreview, type RenderPreview } from "./MarkdownPreview";
import { PublishControls } from "./PublishControls";
import { RevisionsPanel } from "./RevisionsPanel";

type Strings = UiStrings["newsroom"]["editor"];
type SaveState = { kind: "idle" } | { kind: "saving" } | { kind: "saved"; at: Date } | { kind: "failed"; message: string };

type Props = {
  s: Strings;
  initial: ArticleDto | null;
  blogs: BlogRef[];
  /** Every edition, for the edition select (plain data from the server page). */
  editions: readonly EditionChoice[];
  /** The edition's code the form starts with: the article's (editionOfLanguage on the server), or a new one's. */
  edition: string;
  canPublish: boolean;
  renderPreview: RenderPreview;
};

/**
 * The article editor. What is typed is never lost: every change is copied to localStorage until a save succeeds,
 * a failed save leaves the form as it is and says why, and a copy that differs from the server's is offered
 * back on the next visit. Save with the button or Ctrl/Cmd+S.
 */
export function ArticleEditor({ s, initial, blogs, editions, edition, canPublish, renderPreview }: Props) {
  const [article, setArticle] = useState<ArticleDto | null>(initial);
  const [values, setValues] = useState<EditorValues>(() => (initial ? valuesOf(initial, edition) : { ...emptyValues, edition }));
  const [save, setSave] = useState<SaveState>({ kind: "idle" });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [offer, setOffer] = useState<EditorValues | null>(null);
  const [revisionsVersion, setRevisionsVersion] = useState(0);
  // The server renders the form disabled: on a slow connection nothing typed before the editor is live can be lost.
  const [live, setLive] = useState(false);
  useEffect(() => setLive(true), []);
  const id = article?.id ?? null;
  const saving = useRef(false);
  const latest = useRef(values);
  latest.current = values;
  // The values the server has (null before the first save): a PATCH sends the edition only when it changed.
  const server = useRef<EditorValues | null>(initial ? values : null);
  const serverValues = (a: ArticleDto) => valuesOf(a, editionCodeOf(editions, a.language));

  // An unsaved copy from an earlier visit (or a failed save) that differs from what the server has.
  useEffect(() => {
    const base = initial ? valuesOf(initial, edition) : { ...emptyValues, edition };
    const copy = readAutosave(initial?.id ?? null, base);
    if (copy && !sameValues(copy, base)) setOffer(copy);
    else if (copy) clearAutosave(initial?.id ?? null);
  }, [initial, edition]);

  const change = (field: keyof EditorValues, value: string) => {
    const next = { ...latest.current, [field]: value };
    setValues(next);
    writeAutosave(id, next);
    if (errors[field]) setErrors(({ [field]: _gone, ...rest }) => rest);
  };

  const failureText = (f: ApiFailure) =>
    f.kind === "network" ? s.offline : f.kind === "session" ? s.sessionEnded : f.message;

  const doSave = useCallback(async () => {
    if (saving.current) return;
    saving.current = true;
    setSave({ kind: "saving" });
    const current = latest.current;
    writeAutosave(id, current);
    const res = id === null
      ? await callApi<ArticleDto>("POST", "/api/admin/v1/articles", payloadOf(current, null))
      : await callApi<ArticleDto>("PATCH", `/api/admin/v1/articles/${id}`, payloadOf(current, server.current));
    saving.current = false;
    if (!res.ok) {
      const f = res.failure;
      setErrors(f.kind === "refused" && f.field ? { [formFieldOf(f.field)]: f.message } : {});
      setSave({ kind: "failed", message: failureText(f) });
      return;
    }
    const saved = res.data;
    server.current = serverValues(saved);
    clearAutosave(id);
    setArticle(saved);
    setErrors({});
    // Keep anything typed while the request was out; otherwise show the server's normalised values (slug etc.).
    if (sameValues(latest.current, current)) setValues(server.current);
    else writeAutosave(saved.id, latest.current);
    setSave({ kind: "saved", at: new Date() });
    setRevisionsVersion((v) => v + 1);
    if (id === null) window.history.replaceState(null, "", `/newsroom/articles/${saved.id}`);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === "s") {
        e.preventDefault();
        void doSave();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [doSave]);

  // A restored revision may be in another language, so in another edition.
  const replaceWith = (a: ArticleDto) => {
    server.current = serverValues(a);
    setArticle(a);
    setValues(server.current);
    clearAutosave(a.id);
    setErrors({});
    setRevisionsVersion((v) => v + 1);
  };

  const statusText =
    save.kind === "saving" ? s.saving
    : save.kind === "saved" ? s.savedAt.replace("{time}", clockTime(save.at))
    : save.kind === "failed" ? `${s.notSaved}: ${save.message}`
    : article ? s.noChanges : s.notYetSaved;

  const field = (name: keyof EditorValues) => ({
    id: `f-${name}`,
    name,
    value: values[name],
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": errors[name] ? `e-${name}` : undefined,
    onChange: (e: { target: { value: string } }) => change(name, e.target.value),
  });
  const input = "mt-1 block w-full rounded border border-muted px-3 py-2";

  return (
    <div>
      {offer && (
        <div role="region" aria-label={s.unsavedFound} className="mb-4 rounded border border-accent bg-wash p-3">
          <p className="mb-2">{s.unsavedFoundText}</p>
          <div className="flex gap-2">
            <button type="button" className="rounded bg-brand px-3 py-1 text-brand-ink" onClick={() => { setValues(offer); writeAutosave(id, offer); setOffer(null); }}>
              {s.restoreUnsaved}
            </button>
            <button type="button" className="rounded border border-muted px-3 py-1" onClick={() => { clearAutosave(id); setOffer(null); }}>
              {s.discard}
            </button>
          </div>
        </div>
      )}
      <form
        aria-label={s.formLabel}
        noValidate
        onSubmit={(e) => { e.preventDefault(); void doSave(); }}
      >
        <fieldset disabled={!live} className="m-0 grid min-w-0 gap-4 border-0 p-0">
        <div className="sticky top-0 z-10 flex flex-wrap items-center gap-4 border-b border-rule bg-paper py-2">
          <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-brand-ink" aria-keyshortcuts="Control+S Meta+S">
            {s.save}
          </button>
          <p role="status" aria-live="polite" id="save-state" className={save.kind === "failed" ? "font-semibold text-accent" : "text-muted"}>
            {statusText}
          </p>
          <p className="text-sm text-muted">{s.shortcutHint}</p>
        </div>

        <Field label={s.title} name="title" error={errors.title}>
          <input {...field("title")} className={`${input} text-xl`} required />
        </Field>
        <div className="grid gap-4 md:grid-cols-3">
          <Field label={s.slug} name="slug" error={errors.slug} hint={s.slugHint}>
            <input {...field("slug")} className={input} aria-describedby={errors.slug ? "e-slug" : "h-slug"} />
          </Field>
          <Field label={s.blog} name="blog" error={errors.blog}>
            <select {...field("blog")} className={input}>
              <option value="">{s.noBlog}</option>
              {blogs.map((b) => <option key={b.slug} value={b.slug}>{b.title}</option>)}
            </select>
          </Field>
          <Field label={s.edition} name="edition" error={errors.edition} hint={s.editionHint}>
            <select {...field("edition")} className={input} aria-describedby={errors.edition ? "e-edition" : "h-edition"}>
              {editions.map((e) => <option key={e.code} value={e.code} lang={e.lang}>{e.label}</option>)}
            </select>
          </Field>
        </div>
        <Field label={s.summary} name="summary" error={errors.summary}>
          <textarea {...field("summary")} rows={2} className={input} />
        </Field>
        <div className="grid gap-4 md:grid-cols-2">
          <Field label={s.authors} name="authors" error={errors.authors} hint={s.commaHint}>
            <input {...field("authors")} className={input} aria-describedby={errors.authors ? "e-authors" : "h-authors"} />
          </Field>
          <Field label={s.tags} name="tags" error={errors.tags} hint={s.commaHint}>
            <input {...field("tags")} className={input} aria-describedby={errors.tags ? "e-tags" : "h-tags"} />
          </Field>
        </div>
        <div className="grid gap-4 lg:grid-cols-2">
          <Field label={s.body} name="body" error={errors.body} hint={s.bodyHint}>
            <textarea {...field("body")} rows={24} className={`${input} font-mono text-sm`} aria-describedby={errors.body ? "e-body" : "h-body"} />
          </Field>
          <MarkdownPreview s={s} markdown={values.body} render={renderPreview} />
        </div>
        <HeroImageField s={s} values={values} errors={errors} onChange={change} />
        </fieldset>
      </form>

      {article && canPublish && <PublishControls s={s} article={article} onChange={setArticle} />}
      {article && <RevisionsPanel s={s} articleId={article.id} version={revisionsVersion} onRestored={replaceWith} />}
    </div>
  );
}

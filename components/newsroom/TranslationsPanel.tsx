import type { TranslationRef } from "@/lib/content/types";
import { editionOfLanguage } from "@/lib/editions/paths";
import { editionByCode, editionList } from "@/lib/editions/registry";
import type { UiStrings } from "@/lib/i18n/ui";
import { defaultLanguage, edition, langAttrs } from "@/lib/site";

type Props = {
  t: UiStrings;
  s: UiStrings["newsroom"]["editions"];
  article: { id: number; title: string; language: string; status: TranslationRef["status"]; translationOf: number | null };
  /** The article's other versions, drafts included (translationsOf). */
  versions: TranslationRef[];
  /** Whether this person may create drafts (Translate) and edit this article (Unlink). */
  canTranslate: boolean;
  notice: string | null;
  error: string | null;
  translate: (form: FormData) => Promise<void>;
  unlink: (form: FormData) => Promise<void>;
};

/** The console is in the default edition's language: text in another is marked with its lang and dir. */
const marked = (lang: string) => langAttrs(edition(lang), edition(defaultLanguage));

/** An edition's name in its own language, marked so a screen reader says it in that language. */
function EditionName({ code }: { code: string }) {
  const e = editionByCode(code);
  if (!e) return <>{code}</>;
  return <span {...marked(e.lang)}>{e.label}</span>;
}

/**
 * An article's versions in other editions, on its editor page: the story's source and translations (drafts
 * too, with their status), "Translate" into an edition that has none yet, and "Unlink". Plain forms posting to
 * server functions, so they work without JavaScript; what they did is said in a status line after the redirect.
 */
export function TranslationsPanel({ t, s, article, versions, canTranslate, notice, error, translate, unlink }: Props) {
  const root = article.translationOf ?? (versions.length > 0 ? article.id : null);
  const own = editionOfLanguage(article.language).code;
  const rows: (TranslationRef & { self?: boolean })[] = [
    { id: article.id, slug: "", title: article.title, language: article.language, edition: own, status: article.status, source: article.translationOf === null, self: true },
    ...versions,
  ].sort((a, b) => editionList.findIndex((e) => e.code === a.edition) - editionList.findIndex((e) => e.code === b.edition));
  const free = editionList.filter((e) => e.code !== own && !versions.some((v) => v.edition === e.code));
  const cell = "border-b border-rule px-2 py-2 text-start align-top";
  return (
    <section aria-labelledby="versions-heading" className="mt-8 rounded border border-rule p-4">
      <h2 id="versions-heading" className="mb-3 text-lg font-semibold">{s.versions}</h2>
      {notice && <p role="status" className="mb-3 rounded bg-wash p-3">{notice}</p>}
      {error && <p id="translate-error" role="alert" className="mb-3 rounded border border-accent bg-wash p-3 text-accent">{error}</p>}
      {versions.length === 0 ? (
        <p className="mb-3">{s.versionsNone}</p>
      ) : (
        <table className="mb-4 w-full border-collapse">
          <thead>
            <tr>
              <th scope="col" className={cell}>{s.edition}</th>
              <th scope="col" className={cell}>{t.newsroom.title}</th>
              <th scope="col" className={cell}>{t.newsroom.status}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((v) => (
              <tr key={v.id}>
                <td className={cell}><EditionName code={v.edition} /></td>
                <td className={cell}>
                  {v.self ? (
                    <span {...marked(v.language)}>{v.title}</span>
                  ) : (
                    <a href={`/newsroom/articles/${v.id}`} {...marked(v.language)}>{v.title}</a>
                  )}
                  {v.self && <span className="text-muted"> ({s.thisArticle})</span>}
                  {v.id === root && <span className="text-muted"> ({s.source})</span>}
                </td>
                <td className={cell}>{t.newsroom.statusOne[v.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canTranslate && (
        <div className="grid gap-4 md:grid-cols-2">
          {free.length === 0 ? (
            <p>{s.translateAllDone}</p>
          ) : (
            <form action={translate} className="grid gap-2">
              <input type="hidden" name="articleId" value={article.id} />
              <label htmlFor="translate-edition" className="font-semibold">{s.translateInto}</label>
              <select
                id="translate-edition"
                name="edition"
                className="block w-full rounded border border-muted px-3 py-2"
                aria-describedby={error ? "translate-error translate-hint" : "translate-hint"}
              >
                {free.map((e) => (
                  <option key={e.code} value={e.code} {...marked(e.lang)}>{e.label}</option>
                ))}
              </select>
              <p id="translate-hint" className="text-sm text-muted">{s.translateHint}</p>
              <div>
                <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-brand-ink">{s.translate}</button>
              </div>
            </form>
          )}
          {root !== null && (
            <form action={unlink} className="grid content-start gap-2">
              <input type="hidden" name="articleId" value={article.id} />
              <p id="unlink-hint" className="text-sm text-muted">{s.unlinkHint}</p>
              <div>
                <button type="submit" className="rounded border border-muted px-4 py-2" aria-describedby="unlink-hint">{s.unlink}</button>
              </div>
            </form>
          )}
        </div>
      )}
    </section>
  );
}

/**
 * The source of a translation, beside its editor: headline, summary and body as the source has them (Markdown,
 * as text), in the source's language and direction, folded away until opened.
 */
export function SourceText({ s, source }: { s: UiStrings["newsroom"]["editions"]; source: { id: number; title: string; summary: string; body: string; language: string } }) {
  const lang = marked(source.language);
  return (
    <details className="mb-4 rounded border border-rule p-3">
      <summary className="cursor-pointer font-semibold">
        {s.sourceText} (<EditionName code={editionOfLanguage(source.language).code} />): <span {...lang}>{source.title}</span>
      </summary>
      <div {...lang} className="mt-3 grid gap-2">
        <p><a href={`/newsroom/articles/${source.id}`}>{source.title}</a></p>
        {source.summary && <p className="text-muted">{source.summary}</p>}
        <div className="whitespace-pre-wrap font-mono text-sm">{source.body}</div>
      </div>
    </details>
  );
}

import { TITLE_MAX } from "@/lib/content/article-schema";
import type { EditionInfo } from "@/lib/editions/registry";
import type { UiStrings } from "@/lib/i18n/ui";

type Props = {
  t: UiStrings;
  s: UiStrings["newsroom"]["editions"];
  edition: EditionInfo;
  error: string | null;
  create: (form: FormData) => Promise<void>;
};

/**
 * The first step of an article in an edition other than the default: its headline, typed in the edition's
 * language and direction. A plain form (a server function), so it works without JavaScript; the full editor
 * opens on the draft it creates, with the edition's language already set.
 */
export function NewInEditionForm({ t, s, edition, error, create }: Props) {
  const input = "mt-1 block w-full rounded border border-muted px-3 py-2 text-xl";
  return (
    <section aria-labelledby="new-in-edition" className="rounded border border-rule p-4">
      <h2 id="new-in-edition" className="mb-2 text-lg font-semibold">
        {s.newInEdition.split("{edition}")[0]}
        <span lang={edition.lang} dir={edition.dir}>{edition.label}</span>
        {s.newInEdition.split("{edition}")[1]}
      </h2>
      <p id="new-in-edition-hint" className="mb-3 text-muted">{s.newInEditionHint}</p>
      {error && <p id="new-in-edition-error" role="alert" className="mb-3 rounded border border-accent bg-wash p-3 text-accent">{error}</p>}
      <form action={create} className="grid gap-4">
        <input type="hidden" name="edition" value={edition.code} />
        <div>
          <label htmlFor="new-title" className="font-semibold">{t.newsroom.editor.title}</label>
          <input
            id="new-title"
            name="title"
            required
            maxLength={TITLE_MAX}
            lang={edition.lang}
            dir={edition.dir}
            className={input}
            aria-describedby={error ? "new-in-edition-error new-in-edition-hint" : "new-in-edition-hint"}
            aria-invalid={error ? true : undefined}
          />
        </div>
        <div>
          <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-brand-ink">{s.createDraft}</button>
        </div>
      </form>
    </section>
  );
}

import type { UiStrings } from "@/lib/i18n/ui";
import { fill } from "@/lib/search/format";
import type { SearchParams } from "@/lib/search/params";

type Props = {
  t: UiStrings;
  params: SearchParams;
  /** The query as searched (cleaned, cut to length), shown back in the box. */
  q: string;
  blogs: { slug: string; title: string }[];
  languages: { code: string; label: string }[];
  /** The edition's search page. */
  action: string;
};

/**
 * The search page's own form: the query and every filter as plain controls in one GET form, so it works
 * without JavaScript and each search has a URL. Its landmark has a name, unlike the header's search box. The
 * filters fold away (a <details>, no script) unless one is in use, so on a phone the results start high up.
 */
export function SearchFilters({ t, params, q, blogs, languages, action }: Props) {
  const s = t.searchPage;
  const active = [params.blog, params.lang, params.from, params.to].filter(Boolean).length;
  const field = "min-h-11 w-full rounded border border-muted bg-paper px-3 text-ink";
  return (
    <form role="search" aria-label={s.formLabel} action={action} method="get" className="mt-4 space-y-4">
      <div>
        <label htmlFor="q" className="block font-semibold">{s.queryLabel}</label>
        <div className="mt-1 flex gap-2">
          <input id="q" name="q" type="search" dir="auto" defaultValue={q} enterKeyHint="search" className={`${field} min-w-0 flex-1`} />
          <button type="submit" className="min-h-11 rounded bg-accent px-4 font-semibold text-white">{s.submit}</button>
        </div>
        <p className="mt-1 text-sm text-muted">{s.help}</p>
      </div>
      <details open={active > 0} className="rounded border border-rule">
        <summary className="min-h-11 cursor-pointer px-3 py-2.5 font-semibold">
          {s.filters}
          {active > 0 && <span className="font-normal text-muted"> ({fill(s.filtersActive, { n: active })})</span>}
        </summary>
        <fieldset className="grid gap-3 border-t border-rule p-3 sm:grid-cols-2">
          <legend className="sr-only">{s.filters}</legend>
          <div>
            <label htmlFor="filter-blog" className="block text-sm">{s.blog}</label>
            <select id="filter-blog" name="blog" defaultValue={params.blog ?? ""} className={field}>
              <option value="">{s.anyBlog}</option>
              {blogs.map((b) => (
                <option key={b.slug} value={b.slug}>{b.title}</option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="filter-lang" className="block text-sm">{s.language}</label>
            <select id="filter-lang" name="lang" defaultValue={params.lang ?? ""} className={field}>
              <option value="">{s.anyLanguage}</option>
              {languages.map((l) => (
                <option key={l.code} value={l.code} lang={l.code}>{l.label}</option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="filter-from" className="block text-sm">{s.from}</label>
            <input id="filter-from" name="from" type="date" defaultValue={params.from ?? ""} aria-describedby="filter-dates-hint" className={field} />
          </div>
          <div>
            <label htmlFor="filter-to" className="block text-sm">{s.to}</label>
            <input id="filter-to" name="to" type="date" defaultValue={params.to ?? ""} aria-describedby="filter-dates-hint" className={field} />
          </div>
          <p id="filter-dates-hint" className="text-sm text-muted sm:col-span-2">{s.dateHint}</p>
          <p className="sm:col-span-2">
            <button type="submit" className="min-h-11 rounded border border-accent px-4 font-semibold text-accent">{s.applyFilters}</button>
          </p>
        </fieldset>
      </details>
    </form>
  );
}

import { Pagination } from "@/components/listing/Pagination";
import type { UiStrings } from "@/lib/i18n/ui";
import { fill } from "@/lib/search/format";
import type { SearchPageData } from "@/lib/search/page.next";
import { hasFilters, searchHref } from "@/lib/search/params";
import { hasTerms } from "@/lib/search/query";
import { Filled } from "./Filled";
import { SearchEmpty } from "./SearchEmpty";
import { SearchFilters } from "./SearchFilters";
import { SearchHit } from "./SearchHit";
import { SearchNotices } from "./SearchNotices";

/**
 * The search page: the form with its filters, notices about anything changed or left out, then the results
 * with pagination, or an empty state that helps (suggestions, removing the filters, links to browse).
 */
export function SearchView({ data, t, locale }: { data: SearchPageData; t: UiStrings; locale: string }) {
  const s = t.searchPage;
  const { params, result } = data;
  const q = result?.query.text ?? params.q;
  const number = (n: number) => new Intl.NumberFormat(locale).format(n);
  // Links keep the query as searched (already cut to length) and the filters that were applied.
  const href = (page: number) => searchHref({ ...params, q, page }, data.paths.search);
  const removeFiltersHref = hasFilters(params) ? searchHref({ q }, data.paths.search) : null;
  const said = <bdi>{q}</bdi>;

  let body;
  if (data.unavailable) {
    body = <p className="mt-6 text-lg">{s.unavailable}</p>;
  } else if (!result) {
    body = (
      <>
        <p className="mt-6 text-lg">{s.intro}</p>
        <SearchEmpty t={t} removeFiltersHref={null} blogs={data.blogs} paths={data.paths} />
      </>
    );
  } else if (!hasTerms(result.query)) {
    body = (
      <>
        <h2 className="mt-6 font-serif text-2xl font-bold"><Filled template={s.noResults} values={{ q: said }} /></h2>
        <p className="mt-2"><Filled template={s.noWords} values={{ q: said }} /></p>
        <SearchEmpty t={t} removeFiltersHref={removeFiltersHref} blogs={data.blogs} paths={data.paths} />
      </>
    );
  } else if (result.total === 0) {
    body = (
      <>
        <h2 className="mt-6 font-serif text-2xl font-bold"><Filled template={s.noResults} values={{ q: said }} /></h2>
        <SearchEmpty t={t} removeFiltersHref={removeFiltersHref} blogs={data.blogs} paths={data.paths} />
      </>
    );
  } else {
    body = (
      <>
        <h2 className="mt-6 font-serif text-2xl font-bold">
          <Filled
            template={result.capped ? s.resultsCapped : result.total === 1 ? s.resultsOne : s.resultsMany}
            values={{ n: number(result.total), q: said }}
          />
        </h2>
        {result.pageCount > 1 && (
          <p className="text-sm text-muted">{fill(s.resultsPage, { page: number(result.page), pages: number(result.pageCount) })}</p>
        )}
        {result.hits.length > 0 ? (
          <ol start={(result.page - 1) * result.pageSize + 1} aria-label={s.results} className="mt-2 divide-y divide-rule">
            {result.hits.map((hit) => (
              <li key={hit.id}>
                <SearchHit hit={hit} locale={locale} />
              </li>
            ))}
          </ol>
        ) : (
          <p className="mt-4">
            {fill(s.pastLastPage, { page: number(result.page) })}{" "}
            <a href={href(result.pageCount)}>{fill(s.lastPage, { pages: number(result.pageCount) })}</a>
          </p>
        )}
        {result.hits.length > 0 && <Pagination page={result.page} pageCount={result.pageCount} href={href} t={t} />}
      </>
    );
  }

  return (
    <div className="max-w-3xl">
      <h1 className="font-serif text-3xl font-bold sm:text-4xl">{t.search}</h1>
      <SearchFilters t={t} params={params} q={q} blogs={data.blogs} languages={data.languages} action={data.paths.search} />
      <SearchNotices t={t} notices={data.notices} query={result?.query ?? null} />
      {body}
    </div>
  );
}

import type { UiStrings } from "@/lib/i18n/ui";

/** Previous / next and page numbers around the current one. `href(n)` gives each page's stable URL. */
export function Pagination({ page, pageCount, href, t }: { page: number; pageCount: number; href: (n: number) => string; t: UiStrings }) {
  if (pageCount <= 1) return null;
  const near = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pageCount])].filter((n) => n >= 1 && n <= pageCount).sort((a, b) => a - b);
  const cell = "inline-flex min-h-11 min-w-11 items-center justify-center rounded border border-rule px-3";
  return (
    <nav aria-label={t.pagination} className="mt-8">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 && <li><a className={cell} rel="prev" href={href(page - 1)}>{t.previous}</a></li>}
        {near.map((n, i) => (
          <li key={n} className="flex items-center gap-2">
            {i > 0 && n - near[i - 1] > 1 && <span aria-hidden="true">…</span>}
            {n === page ? (
              <span aria-current="page" className={`${cell} border-brand bg-brand font-semibold text-brand-ink`}>
                <span className="sr-only">{t.page} </span>{n}
              </span>
            ) : (
              <a className={cell} href={href(n)}><span className="sr-only">{t.page} </span>{n}</a>
            )}
          </li>
        ))}
        {page < pageCount && <li><a className={cell} rel="next" href={href(page + 1)}>{t.next}</a></li>}
      </ul>
    </nav>
  );
}

import type { UiStrings } from "@/lib/i18n/ui";

import type { Crumb } from "@/lib/reader/breadcrumbs";

/** The visible breadcrumb trail; the last item is the current page. The same list feeds BreadcrumbList JSON-LD. */
export function Breadcrumbs({ items, t }: { items: Crumb[]; t: UiStrings }) {
  return (
    <nav aria-label={t.breadcrumb} className="crumbs no-print">
      <ol>
        {items.map((c, i) => (
          <li key={c.path}>
            {i > 0 && <span aria-hidden="true">›</span>}
            {i === items.length - 1 ? (
              <span aria-current="page">{c.name}</span>
            ) : (
              <a href={c.path}>{c.name}</a>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

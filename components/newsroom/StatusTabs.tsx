import type { ArticleStatus } from "@/lib/content/types";
import type { UiStrings } from "@/lib/i18n/ui";

const order: (ArticleStatus | undefined)[] = [undefined, "draft", "scheduled", "published", "unpublished"];

/**
 * Status filters as links (they change the URL, so they work without JavaScript and can be bookmarked). The
 * search and the edition filter are carried along.
 */
export function StatusTabs({ t, status, q, edition }: { t: UiStrings; status?: ArticleStatus; q: string; edition?: string }) {
  const n = t.newsroom;
  return (
    <nav aria-label={n.filterByStatus}>
      <ul className="flex flex-wrap gap-2 border-b border-rule">
        {order.map((s) => {
          const params = new URLSearchParams();
          if (s) params.set("status", s);
          if (q) params.set("q", q);
          if (edition) params.set("edition", edition);
          const current = s === status;
          return (
            <li key={s ?? "all"}>
              <a
                href={`/newsroom${params.size ? `?${params}` : ""}`}
                aria-current={current ? "page" : undefined}
                className={`inline-block px-3 py-2 ${current ? "border-b-4 border-brand font-semibold text-ink" : ""}`}
              >
                {s ? n.statusNames[s] : n.statusAll}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

import type { ArticleSummary } from "@/lib/content/types";
import { formatDate } from "@/lib/reader/dates";

export function LatestPosts({ heading, posts, locale, id = "latest-posts" }: { heading: string; posts: ArticleSummary[]; locale: string; id?: string }) {
  if (posts.length === 0) return null;
  return (
    <section aria-labelledby={id} className="rounded border border-rule p-4">
      <h2 id={id} className="text-lg font-bold">{heading}</h2>
      <ul className="mt-2 divide-y divide-rule">
        {posts.map((p) => (
          <li key={p.id} className="py-2" lang={p.language}>
            <a href={`/a/${p.slug}`} className="font-semibold">{p.title}</a>
            {p.publishedAt && (
              <p className="text-sm text-muted"><time dateTime={p.publishedAt}>{formatDate(p.publishedAt, locale)}</time></p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

import { formatDate, formatNames } from "@/lib/reader/dates";
import type { SearchHit as Hit } from "@/lib/search/search";
import { edition } from "@/lib/site";
import { articlePath } from "@/lib/urls";
import { Highlight } from "./Highlight";

/** One result: the blog, the headline and a passage with the matches marked, then byline and date. */
export function SearchHit({ hit, locale }: { hit: Hit; locale: string }) {
  const ed = edition(hit.language);
  return (
    <article lang={ed.lang} dir={ed.dir} className="py-4">
      {hit.blog && <p className="text-xs font-semibold uppercase tracking-wide text-accent">{hit.blog.title}</p>}
      <h3 className="font-serif text-xl font-bold leading-snug">
        <a href={articlePath(hit.slug, hit.language)} className="text-ink hover:underline">
          <Highlight value={hit.headline} />
        </a>
      </h3>
      {hit.snippet.text && (
        <p className="mt-1 text-muted">
          <Highlight value={hit.snippet} />
        </p>
      )}
      <p className="mt-1 text-sm text-muted">
        {formatNames(hit.authors.map((a) => a.name), locale)}
        {hit.authors.length > 0 && hit.publishedAt && " · "}
        {hit.publishedAt && <time dateTime={hit.publishedAt}>{formatDate(hit.publishedAt, locale)}</time>}
      </p>
    </article>
  );
}

import type { ArticleSummary } from "@/lib/content/types";
import { formatDate } from "@/lib/reader/dates";
import { defaultLanguage, edition, langAttrs, type Edition } from "@/lib/site";

type Props = {
  heading: string;
  posts: ArticleSummary[];
  locale: string;
  id?: string;
  /** The language of the page around the list (the document's, unless given): a post in another language carries
   * its own lang and dir, the rest inherit them. */
  around?: Edition;
};

export function LatestPosts({ heading, posts, locale, id = "latest-posts", around = edition(defaultLanguage) }: Props) {
  if (posts.length === 0) return null;
  return (
    <section aria-labelledby={id} className="box">
      <h2 id={id}>{heading}</h2>
      <ul className="box-list">
        {posts.map((p) => {
          return (
            <li key={p.id} {...langAttrs(edition(p.language), around)}>
              <a href={`/a/${p.slug}`}>{p.title}</a>
              {p.publishedAt && (
                <p className="meta"><time dateTime={p.publishedAt}>{formatDate(p.publishedAt, locale)}</time></p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

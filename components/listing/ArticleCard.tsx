import { SizedImage } from "@/components/media/SizedImage";
import type { ArticleSummary } from "@/lib/content/types";
import { edition } from "@/lib/site";
import { formatDate, formatNames } from "@/lib/reader/dates";
import { articlePath } from "@/lib/urls";

/** One story in a list: headline link, dek, byline names and date; the image is optional per list. */
type Props = {
  article: ArticleSummary;
  locale: string;
  showImage?: boolean;
  /** The card's place in the page's outline: 3 under a section's h2 (every list today), 2 straight under an h1.
   * No default, so every list says where it sits (axe's heading-order). */
  headingLevel: 2 | 3;
  /** The lead story: a full-width image above a larger headline. */
  lead?: boolean;
  /** Off on a blog's own pages, where every story is from that blog. */
  showBlog?: boolean;
};

const THUMB_WIDTH = 160;

export function ArticleCard({ article, showImage = true, headingLevel, locale, lead = false, showBlog = true }: Props) {
  const H = `h${headingLevel}` as const;
  const ed = edition(article.language);
  return (
    <article lang={ed.lang} dir={ed.dir} className={lead ? "py-4" : "flex gap-4 py-4"}>
      {showImage && article.heroImage && (
        // Decorative here: the headline beside it says what the story is.
        lead ? (
          <SizedImage
            src={article.heroImage.src}
            width={article.heroImage.width}
            height={article.heroImage.height}
            alt=""
            priority
            sizes="(min-width: 1024px) 720px, 100vw"
            className="mb-3 h-auto w-full"
          />
        ) : (
          // Shown 96 px wide, 160 px from 640 px up: the 160 px copy, and its 2x, serve both.
          <SizedImage
            src={article.heroImage.src}
            width={THUMB_WIDTH}
            height={Math.round((THUMB_WIDTH * article.heroImage.height) / article.heroImage.width)}
            alt=""
            className="h-auto w-24 shrink-0 self-start sm:w-40"
          />
        )
      )}
      <div className="min-w-0">
        {showBlog && article.blog && <p className="text-xs font-semibold uppercase tracking-wide text-accent">{article.blog.title}</p>}
        <H className={`font-serif font-bold leading-snug ${lead ? "text-2xl sm:text-3xl" : "text-xl"}`}>
          <a href={articlePath(article.slug, article.language)} className="text-ink hover:underline">{article.title}</a>
        </H>
        {article.summary && <p className="mt-1 text-muted">{article.summary}</p>}
        <p className="mt-1 text-sm text-muted">
          {formatNames(article.authors.map((a) => a.name), locale)}
          {article.authors.length > 0 && article.publishedAt && " · "}
          {article.publishedAt && <time dateTime={article.publishedAt}>{formatDate(article.publishedAt, locale)}</time>}
        </p>
      </div>
    </article>
  );
}

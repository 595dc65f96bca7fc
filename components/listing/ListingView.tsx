import type { ReactNode } from "react";
import type { ArticleSummary, Page } from "@/lib/content/types";
import type { UiStrings } from "@/lib/i18n/ui";
import { ArticleList } from "./ArticleList";
import { Pagination } from "./Pagination";

/** A titled, paginated list of stories: the news section, an author's articles, a topic. */
export function ListingView(props: { title: string; intro?: ReactNode; posts: Page<ArticleSummary>; href: (n: number) => string; locale: string; t: UiStrings }) {
  const { title, intro, posts, href, locale, t } = props;
  return (
    <div className="max-w-3xl">
      <header className="border-b border-rule pb-4">
        <h1 className="font-serif text-3xl font-bold sm:text-4xl">
          {title}
          {posts.page > 1 && <span className="text-muted"> · {t.page} {posts.page}</span>}
        </h1>
        {intro}
      </header>
      {/* The cards sit a level below a heading of their own, as on a blog's landing page (axe's heading-order). */}
      <section aria-labelledby="listing-stories">
        <h2 id="listing-stories" className="sr-only">{t.stories}</h2>
        <ArticleList articles={posts.items} locale={locale} headingLevel={3} empty={t.noPosts} />
      </section>
      <Pagination page={posts.page} pageCount={posts.pageCount} href={href} t={t} />
    </div>
  );
}

import type { ReactNode } from "react";
import type { Article } from "@/lib/content/types";
import type { UiStrings } from "@/lib/i18n/ui";
import type { Edition } from "@/lib/site";
import { TextSizeControl } from "@/components/islands/TextSizeControl";
import { ArticleBody } from "./ArticleBody";
import { Byline } from "./Byline";
import { HeroFigure } from "./HeroFigure";
import { TagList } from "./TagList";
import { Timestamps } from "./Timestamps";

type Props = {
  article: Article;
  edition: Edition;
  t: UiStrings;
  bodyImages: Record<string, { width: number; height: number }>;
  /** Breadcrumb trail above the headline. */
  breadcrumb: ReactNode;
  /** About This Blog, Subscribe, Latest Posts: beside the article on wide screens, below it on narrow ones. */
  sidebar: ReactNode;
  /** Share links, at the end of the article. */
  share?: ReactNode;
  /** Related stories, below the article in the same column. */
  related?: ReactNode;
};

/** The reader's article page. The article carries its own lang and dir, so RTL and Cyrillic stories read right. */
export function ArticleView({ article, edition, t, bodyImages, breadcrumb, sidebar, share, related }: Props) {
  return (
    <>
      {breadcrumb}
      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="min-w-0">
          <article lang={edition.lang} dir={edition.dir} className="max-w-3xl">
            <header>
              {article.blog && <p className="text-sm font-semibold uppercase tracking-wide text-accent">{article.blog.title}</p>}
              <h1 className="mt-1 font-serif text-3xl font-bold leading-tight sm:text-4xl">{article.title}</h1>
              {article.summary && <p className="mt-3 text-lg text-muted sm:text-xl">{article.summary}</p>}
            </header>
            {article.heroImage && <HeroFigure image={article.heroImage} />}
            <div className="flex flex-wrap items-center justify-between gap-3 border-y border-rule py-3">
              <div>
                <Byline authors={article.authors} t={t} />
                <Timestamps publishedAt={article.publishedAt} updatedAt={article.updatedAt} locale={edition.locale} t={t} />
              </div>
              <TextSizeControl label={t.textSize} names={t.textSizeNames} />
            </div>
            <div className="mt-6">
              <ArticleBody markdown={article.body} images={bodyImages} />
            </div>
            <TagList tags={article.tags} t={t} />
            {share}
          </article>
          {related}
        </div>
        <aside aria-label={t.moreFrom} className="space-y-6">{sidebar}</aside>
      </div>
    </>
  );
}

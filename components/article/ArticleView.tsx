import type { ReactNode } from "react";
import type { Article } from "@/lib/content/types";
import type { UiStrings } from "@/lib/i18n/ui";
import type { Edition } from "@/lib/site";
import { editionOfLanguage } from "@/lib/editions/paths";
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
  /** Links to the article's versions in other editions, under the byline. */
  alsoIn?: ReactNode;
  /** Share links, at the end of the article. */
  share?: ReactNode;
  /** Related stories, below the article in the same column. */
  related?: ReactNode;
};

/** The reader's article page. The article carries its own lang and dir, so RTL and Cyrillic stories read right. */
export function ArticleView({ article, edition, t, bodyImages, breadcrumb, sidebar, alsoIn, share, related }: Props) {
  // Bylines and tags link to the author and topic pages of the article's own edition.
  const code = editionOfLanguage(article.language).code;
  return (
    <>
      {breadcrumb}
      <div className="article-grid">
        <div className="min-w-0">
          <article lang={edition.lang} dir={edition.dir} className="max-w-3xl">
            <header>
              {article.blog && <p className="kicker">{article.blog.title}</p>}
              <h1 className="headline">{article.title}</h1>
              {article.summary && <p className="standfirst">{article.summary}</p>}
            </header>
            {article.heroImage && <HeroFigure image={article.heroImage} />}
            <div className="byline-bar">
              <div>
                <Byline authors={article.authors} edition={code} t={t} />
                <Timestamps publishedAt={article.publishedAt} updatedAt={article.updatedAt} locale={edition.locale} t={t} />
              </div>
              <TextSizeControl label={t.textSize} names={t.textSizeNames} />
            </div>
            {alsoIn}
            <ArticleBody markdown={article.body} images={bodyImages} />
            <TagList tags={article.tags} edition={code} t={t} />
            {share}
          </article>
          {related}
        </div>
        <aside aria-label={t.moreFrom} className="space-y-6">{sidebar}</aside>
      </div>
    </>
  );
}

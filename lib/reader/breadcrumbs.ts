import type { ArticleSummary } from "../content/types";
import type { UiStrings } from "../i18n/ui";
import { editionOfLanguage } from "../editions/paths";
import { articlePath, blogPath, homePath, newsPath } from "../urls";

export type Crumb = { name: string; path: string };

/**
 * Home › Blog (or News) › Headline, in the article's edition (`t` is its language's words): shown on the page and
 * sent as BreadcrumbList JSON-LD.
 */
export function articleCrumbs(article: Pick<ArticleSummary, "slug" | "title" | "blog" | "language">, t: UiStrings): Crumb[] {
  const code = editionOfLanguage(article.language).code;
  return [
    { name: t.home, path: homePath(code) },
    article.blog ? { name: article.blog.title, path: blogPath(article.blog.slug, article.language) } : { name: t.news, path: newsPath(code) },
    { name: article.title, path: articlePath(article.slug, article.language) },
  ];
}

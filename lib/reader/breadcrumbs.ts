import type { ArticleSummary } from "../content/types";
import type { UiStrings } from "../i18n/ui";

export type Crumb = { name: string; path: string };

/** Home › Blog (or News) › Headline: shown on the page and sent as BreadcrumbList JSON-LD. */
export function articleCrumbs(article: Pick<ArticleSummary, "slug" | "title" | "blog">, t: UiStrings): Crumb[] {
  return [
    { name: t.home, path: "/" },
    article.blog ? { name: article.blog.title, path: `/blogs/${article.blog.slug}` } : { name: t.news, path: "/news" },
    { name: article.title, path: `/a/${article.slug}` },
  ];
}

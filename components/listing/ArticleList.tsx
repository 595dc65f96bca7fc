import type { ArticleSummary } from "@/lib/content/types";
import { ArticleCard } from "./ArticleCard";

type Props = { articles: ArticleSummary[]; locale: string; headingLevel: 2 | 3; empty: string; showBlog?: boolean };

export function ArticleList({ articles, locale, headingLevel, empty, showBlog = true }: Props) {
  if (articles.length === 0) return <p className="py-4 text-muted">{empty}</p>;
  return (
    <ul className="divide-y divide-rule">
      {articles.map((a) => (
        <li key={a.id}>
          <ArticleCard article={a} locale={locale} headingLevel={headingLevel} showBlog={showBlog} />
        </li>
      ))}
    </ul>
  );
}

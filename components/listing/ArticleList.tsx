import type { ArticleSummary } from "@/lib/content/types";
import { ArticleCard } from "./ArticleCard";

export function ArticleList({ articles, locale, headingLevel = 3, empty }: { articles: ArticleSummary[]; locale: string; headingLevel?: 2 | 3; empty: string }) {
  if (articles.length === 0) return <p className="py-4 text-muted">{empty}</p>;
  return (
    <ul className="divide-y divide-rule">
      {articles.map((a) => (
        <li key={a.id}>
          <ArticleCard article={a} locale={locale} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}

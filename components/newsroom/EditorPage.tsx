import type { ReactNode } from "react";
import { ArticleEditor } from "@/components/islands/newsroom/ArticleEditor";
import type { EditionChoice } from "@/components/islands/newsroom/editor-form";
import type { RenderPreview } from "@/components/islands/newsroom/MarkdownPreview";
import type { BlogRef } from "@/lib/content/types";
import type { UiStrings } from "@/lib/i18n/ui";
import type { ArticleDto } from "@/lib/newsroom/article-dto";

type Props = {
  t: UiStrings;
  article: ArticleDto | null;
  blogs: BlogRef[];
  /** Every edition, as plain data for the island's edition select (the registry stays on the server). */
  editions: readonly EditionChoice[];
  /** The edition the form starts in: the article's (editionOfLanguage), or the one a new article is written for. */
  edition: string;
  canPublish: boolean;
  renderPreview: RenderPreview;
  /** Server-rendered parts around the editor: above it (a translation's source text), below it (its versions). */
  before?: ReactNode;
  after?: ReactNode;
};

/** The editor page's server part: the heading and the island with plain data. */
export function EditorPage({ t, article, blogs, editions, edition, canPublish, renderPreview, before, after }: Props) {
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">{article ? t.newsroom.editArticle : t.newsroom.newArticle}</h1>
      {before}
      <ArticleEditor
        s={t.newsroom.editor}
        initial={article}
        blogs={blogs}
        editions={editions}
        edition={edition}
        canPublish={canPublish}
        renderPreview={renderPreview}
      />
      {after}
    </>
  );
}

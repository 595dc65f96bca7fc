import type { NewsroomArticle } from "../content/newsroom-queries";
import { serverSecret } from "../secret";
import { siteUrl } from "../site";
import { signPreviewToken } from "./preview-tokens";

/** An article as the admin API and the console see it: every field, its status, and a fresh 48-hour preview link. */
export type ArticleDto = Omit<NewsroomArticle, "previewSecret"> & { previewUrl: string };

export function previewUrlFor(article: Pick<NewsroomArticle, "id" | "previewSecret">): string {
  const token = signPreviewToken({ articleId: article.id, previewSecret: article.previewSecret }, serverSecret());
  return siteUrl(`/api/preview?token=${encodeURIComponent(token)}`);
}

export function articleDto(article: NewsroomArticle): ArticleDto {
  const { previewSecret: _secret, ...rest } = article;
  return { ...rest, previewUrl: previewUrlFor(article) };
}

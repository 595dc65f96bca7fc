import "server-only";
import { getNewsroomArticle, type NewsroomArticle } from "../content/newsroom-queries";
import type { WriteResult } from "../content/article-writes";
import { revalidateContent } from "../content/revalidate.next";
import { db } from "../db/connection";
import { articleDto } from "./article-dto";
import { assertCanEdit } from "./article-access";
import { NotFoundError } from "../errors";
import type { Principal } from "./roles";

/** The article a route names, or 404; writers get 403 for articles that are not their own drafts. */
export async function loadForEdit(principal: Principal, id: number): Promise<NewsroomArticle> {
  const article = await getNewsroomArticle(db(), id);
  if (!article) throw new NotFoundError(`There is no article #${id}`);
  assertCanEdit(principal, article);
  return article;
}

/** After a committed write: refresh every cached page that showed the article, answer with its newsroom view. */
export async function answerWrite(result: WriteResult, status = 200): Promise<Response> {
  revalidateContent(result.revalidate);
  const article = await getNewsroomArticle(db(), result.article.id);
  if (!article) throw new NotFoundError(`Article #${result.article.id} is gone`);
  return Response.json(articleDto(article), { status });
}

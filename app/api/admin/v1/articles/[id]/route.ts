import { updateArticle } from "@/lib/content/article-writes";
import { db } from "@/lib/db/connection";
import { actorOf } from "@/lib/newsroom/article-access";
import { articleDto } from "@/lib/newsroom/article-dto";
import { answerWrite, loadForEdit } from "@/lib/newsroom/article-routes.next";
import { adminRoute, idParam, readJson } from "@/lib/newsroom/http.next";

export const dynamic = "force-dynamic";

type Params = { id: string };

export const GET = adminRoute<Params>(async (_request, { principal, params }) =>
  Response.json(articleDto(await loadForEdit(principal, idParam(params.id, "article")))),
);

export const PATCH = adminRoute<Params>(async (request, { principal, params }) => {
  const article = await loadForEdit(principal, idParam(params.id, "article"));
  return answerWrite(await updateArticle(db(), article.id, await readJson(request), actorOf(principal)));
});

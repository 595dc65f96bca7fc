import { getNewsroomArticle } from "@/lib/content/newsroom-queries";
import { db } from "@/lib/db/connection";
import { articleDto } from "@/lib/newsroom/article-dto";
import { loadForEdit } from "@/lib/newsroom/article-routes.next";
import { adminRoute, idParam } from "@/lib/newsroom/http.next";
import { rotatePreviewSecret } from "@/lib/content/preview-secrets";

export const dynamic = "force-dynamic";

/** Every preview link given out for the article stops working; the answer carries a new one. */
export const POST = adminRoute<{ id: string }>(async (_request, { principal, params }) => {
  const article = await loadForEdit(principal, idParam(params.id, "article"));
  await rotatePreviewSecret(db(), article.id);
  return Response.json(articleDto((await getNewsroomArticle(db(), article.id))!));
});

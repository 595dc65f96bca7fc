import { unpublishArticle } from "@/lib/content/publishing";
import { db } from "@/lib/db/connection";
import { actorOf } from "@/lib/newsroom/article-access";
import { answerWrite, loadForEdit } from "@/lib/newsroom/article-routes.next";
import { adminRoute, idParam } from "@/lib/newsroom/http.next";
import { requirePermission } from "@/lib/newsroom/roles";

export const dynamic = "force-dynamic";

export const POST = adminRoute<{ id: string }>(async (_request, { principal, params }) => {
  requirePermission(principal, "article:publish");
  const article = await loadForEdit(principal, idParam(params.id, "article"));
  return answerWrite(await unpublishArticle(db(), article.id, actorOf(principal)));
});

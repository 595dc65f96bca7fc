import { restoreRevision } from "@/lib/content/revisions";
import { db } from "@/lib/db/connection";
import { actorOf } from "@/lib/newsroom/article-access";
import { answerWrite, loadForEdit } from "@/lib/newsroom/article-routes.next";
import { adminRoute, idParam } from "@/lib/newsroom/http.next";

export const dynamic = "force-dynamic";

/** Restores an old revision as a new one; history is never rewritten. */
export const POST = adminRoute<{ id: string; rev: string }>(async (_request, { principal, params }) => {
  const article = await loadForEdit(principal, idParam(params.id, "article"));
  return answerWrite(await restoreRevision(db(), article.id, idParam(params.rev, "revision"), actorOf(principal)));
});

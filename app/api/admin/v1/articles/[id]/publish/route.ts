import { publishArticle } from "@/lib/content/publishing";
import { publishSchema } from "@/lib/content/article-schema";
import { db } from "@/lib/db/connection";
import { actorOf } from "@/lib/newsroom/article-access";
import { answerWrite, loadForEdit } from "@/lib/newsroom/article-routes.next";
import { adminRoute, idParam, readJson } from "@/lib/newsroom/http.next";
import { requirePermission } from "@/lib/newsroom/roles";
import { parseInput } from "@/lib/validation";

export const dynamic = "force-dynamic";

/** Publish now (`{}` or no body), or schedule with `{ "at": "2026-12-01T09:00:00Z" }`. */
export const POST = adminRoute<{ id: string }>(async (request, { principal, params }) => {
  requirePermission(principal, "article:publish");
  const article = await loadForEdit(principal, idParam(params.id, "article"));
  const hasBody = Number(request.headers.get("content-length") ?? "0") > 0 || request.headers.has("content-type");
  const input = hasBody ? parseInput(publishSchema, await readJson(request), 'Send {} to publish now or { "at": ISO time } to schedule') : {};
  return answerWrite(await publishArticle(db(), article.id, input, actorOf(principal)));
});

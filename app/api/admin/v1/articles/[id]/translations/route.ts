import { translationsOf } from "@/lib/content/translations";
import { db } from "@/lib/db/connection";
import { loadForEdit } from "@/lib/newsroom/article-routes.next";
import { adminRoute, idParam } from "@/lib/newsroom/http.next";

export const dynamic = "force-dynamic";

/**
 * The article's other versions (its source and the source's other translations), drafts included, in the
 * editions' order. Link or unlink with PATCH /articles/:id { "translationOf": <id> | null }.
 */
export const GET = adminRoute<{ id: string }>(async (_request, { principal, params }) => {
  const article = await loadForEdit(principal, idParam(params.id, "article"));
  return Response.json({ translationOf: article.translationOf, items: await translationsOf(db(), article.id) });
});

import { listRevisions } from "@/lib/content/revisions";
import { db } from "@/lib/db/connection";
import { loadForEdit } from "@/lib/newsroom/article-routes.next";
import { adminRoute, idParam } from "@/lib/newsroom/http.next";

export const dynamic = "force-dynamic";

export const GET = adminRoute<{ id: string }>(async (_request, { principal, params }) => {
  const article = await loadForEdit(principal, idParam(params.id, "article"));
  return Response.json({ items: await listRevisions(db(), article.id) });
});

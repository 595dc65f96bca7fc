import { z } from "zod";
import { createDraft } from "@/lib/content/article-writes";
import { listNewsroomArticles } from "@/lib/content/newsroom-queries";
import { articleStatuses } from "@/lib/content/types";
import { db } from "@/lib/db/connection";
import { editionByCode, editionList } from "@/lib/editions/registry";
import { actorOf } from "@/lib/newsroom/article-access";
import { answerWrite } from "@/lib/newsroom/article-routes.next";
import { adminRoute, readJson } from "@/lib/newsroom/http.next";
import { can, requirePermission } from "@/lib/newsroom/roles";
import { parseInput } from "@/lib/validation";

export const dynamic = "force-dynamic";

const listQuery = z.object({
  status: z.enum(articleStatuses, { message: "status must be draft, scheduled, published or unpublished" }).optional(),
  q: z.string().max(200, { message: "Keep the search to 200 characters" }).optional(),
  edition: z
    .string()
    .superRefine((code, ctx) => {
      if (!editionByCode(code)) ctx.addIssue({ code: "custom", message: `There is no edition "${code}": use one of ${editionList.map((e) => e.code).join(", ")}` });
    })
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
  offset: z.coerce.number().int().min(0).optional(),
});

export const GET = adminRoute(async (request, { principal }) => {
  const query = parseInput(listQuery, Object.fromEntries(new URL(request.url).searchParams), "Use ?status=&q=&edition=&limit=&offset=");
  // Writers see their own articles only.
  const mine = can(principal.role, "article:edit-any") ? undefined : principal.kind === "user" ? principal.userId : -1;
  return Response.json(await listNewsroomArticles(db(), { ...query, createdByUserId: mine }));
});

export const POST = adminRoute(async (request, { principal }) => {
  requirePermission(principal, "article:create");
  return answerWrite(await createDraft(db(), await readJson(request), actorOf(principal)), 201);
});

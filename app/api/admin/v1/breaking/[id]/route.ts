import { editBreakingNow, withdrawBreakingNow } from "@/lib/breaking/writes.next";
import { db } from "@/lib/db/connection";
import { adminRoute, idParam, readJson } from "@/lib/newsroom/http.next";
import { requirePermission } from "@/lib/newsroom/roles";

export const dynamic = "force-dynamic";

type Params = { id: string };

export const PATCH = adminRoute<Params>(async (request, { principal, params }) => {
  requirePermission(principal, "breaking:write");
  return Response.json(await editBreakingNow(db(), idParam(params.id, "breaking item"), await readJson(request)));
});

/** Withdraws the item (it stays in the newsroom's list as withdrawn; readers stop seeing it). */
export const DELETE = adminRoute<Params>(async (_request, { principal, params }) => {
  requirePermission(principal, "breaking:write");
  return Response.json(await withdrawBreakingNow(db(), idParam(params.id, "breaking item")));
});

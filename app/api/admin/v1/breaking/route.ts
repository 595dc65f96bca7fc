import { postBreakingNow } from "@/lib/breaking/writes.next";
import { listBreaking } from "@/lib/breaking/store";
import { db } from "@/lib/db/connection";
import { adminRoute, readJson } from "@/lib/newsroom/http.next";
import { can, requirePermission } from "@/lib/newsroom/roles";

export const dynamic = "force-dynamic";

// As on the console's desk: withdrawn items only for those who may post and withdraw (editors, admins); writers
// see what readers were shown.
export const GET = adminRoute(async (_request, { principal }) =>
  Response.json({ items: await listBreaking(db(), { includeWithdrawn: can(principal.role, "breaking:write"), limit: 100 }) }),
);

export const POST = adminRoute(async (request, { principal }) => {
  requirePermission(principal, "breaking:write");
  const item = await postBreakingNow(db(), await readJson(request));
  return Response.json(item, { status: 201 });
});

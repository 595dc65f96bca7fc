import { postBreakingNow } from "@/lib/breaking/writes.next";
import { listBreaking } from "@/lib/breaking/store";
import { db } from "@/lib/db/connection";
import { adminRoute, readJson } from "@/lib/newsroom/http.next";
import { requirePermission } from "@/lib/newsroom/roles";

export const dynamic = "force-dynamic";

export const GET = adminRoute(async () => Response.json({ items: await listBreaking(db(), { includeWithdrawn: true, limit: 100 }) }));

export const POST = adminRoute(async (request, { principal }) => {
  requirePermission(principal, "breaking:write");
  const item = await postBreakingNow(db(), await readJson(request));
  return Response.json(item, { status: 201 });
});

import { expireBreakingPages } from "@/lib/breaking/page-cache.next";
import { isRefreshToken } from "@/lib/breaking/refresh-token";

export const dynamic = "force-dynamic";

/** Internal: the breaking-news watcher of this same process expires the pages that show the banner. */
export async function POST(request: Request) {
  if (!isRefreshToken(request.headers.get("x-dispatch-refresh"))) {
    return Response.json({ error: { message: "Not allowed" } }, { status: 403 });
  }
  expireBreakingPages();
  return new Response(null, { status: 204 });
}

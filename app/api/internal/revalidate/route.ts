import { z } from "zod";
import { revalidateContent } from "@/lib/content/revalidate.next";
import { limitBody } from "@/lib/newsroom/request-body";
import { isRefreshToken } from "@/lib/server/loopback-token";

export const dynamic = "force-dynamic";

// `again`: expire them once more a moment later, as after a write (false for that second expiry itself).
// 500 tags of 200 characters fit in about 110 kB of JSON.
const MAX_BODY_BYTES = 256_000;
const body = z.object({ tags: z.array(z.string().min(1).max(200)).min(1).max(500), again: z.boolean().default(false) });

/** Internal: this process's background jobs expire cache tags (see lib/server/loopback.ts). Nobody else may. */
export async function POST(incoming: Request) {
  if (!isRefreshToken(incoming.headers.get("x-dispatch-refresh"))) {
    return Response.json({ error: { message: "Not allowed" } }, { status: 403 });
  }
  const request = await limitBody(incoming, MAX_BODY_BYTES);
  if (request instanceof Response) return request;
  const parsed = body.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: { message: "Send { tags: string[] }" } }, { status: 400 });
  revalidateContent(parsed.data.tags, { again: parsed.data.again });
  return new Response(null, { status: 204 });
}

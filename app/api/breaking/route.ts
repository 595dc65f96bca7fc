import { z } from "zod";
import { breakingSnapshot } from "@/lib/breaking/snapshot";
import { breakingCacheControl } from "@/lib/breaking/http";

// Served per request from the in-process snapshot (no database query per request), with an ETag.
export const dynamic = "force-dynamic";

const query = z.object({
  lang: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, { message: "lang must be a language code such as en or fa" })
    .optional(),
});

export async function GET(request: Request) {
  const params = query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!params.success) {
    return Response.json({ error: { message: params.error.issues[0].message, field: "lang" } }, { status: 400 });
  }
  const { items, etag, version } = await breakingSnapshot().get(params.data.lang);
  const headers = { ETag: etag, "Cache-Control": breakingCacheControl(), Vary: "Accept-Encoding" };
  const inm = request.headers.get("if-none-match");
  if (inm && inm.split(",").some((t) => t.trim().replace(/^W\//, "") === etag)) {
    return new Response(null, { status: 304, headers });
  }
  return Response.json({ version, items }, { headers });
}

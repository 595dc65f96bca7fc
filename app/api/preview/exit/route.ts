import { cookies, draftMode } from "next/headers";
import { getArticleById } from "@/lib/content/articles";
import { db } from "@/lib/db/connection";
import { PREVIEW_COOKIE } from "@/lib/newsroom/preview-access";
import { articleIdFromToken } from "@/lib/newsroom/preview.next";
import { articlePath } from "@/lib/urls";

/**
 * Leaves preview: draft mode off, the preview cookie gone, then to the article's public page when it is live
 * (`?id=`, else the article the preview cookie named), or back to the newsroom.
 */
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const store = await cookies();
  const idParam = new URL(request.url).searchParams.get("id") ?? "";
  const id = /^[1-9][0-9]{0,9}$/.test(idParam) ? Number(idParam) : await articleIdFromToken(store.get(PREVIEW_COOKIE)?.value);
  (await draftMode()).disable();
  store.delete(PREVIEW_COOKIE);
  const article = id ? await getArticleById(db(), id) : null;
  const live = article?.status === "published" && !!article.publishedAt && Date.parse(article.publishedAt) <= Date.now();
  const to = live ? articlePath(encodeURIComponent(article.slug), article.language) : "/newsroom";
  return new Response(null, { status: 307, headers: { Location: to, "Cache-Control": "private, no-store" } });
}

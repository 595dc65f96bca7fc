import { db } from "@/lib/db/connection";
import { readArticle } from "@/lib/content/reader.next";
import { renderShareImage } from "@/lib/og/share-image";
import { shareImageBase, slugFromShareImageName } from "@/lib/og/paths";
import { routeParam } from "@/lib/route-params";
import { site, siteUrl } from "@/lib/site";

/**
 * An article's share image, /og/a/<slug>.png. Published articles only (the cached `readArticle`, tagged with the
 * article): a draft, a scheduled or an unpublished article is a 404, so no public URL ever draws one. Rendered on
 * first request, then served from the route cache until the article's tag is revalidated (an edit, an unpublish)
 * or a day has passed. Never reads cookies, so a preview session gets exactly what the public gets.
 */
export const dynamic = "force-static";
export const revalidate = 86400;

export function generateStaticParams() {
  return [];
}

const notFound = () =>
  new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=60" } });

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const slug = slugFromShareImageName(routeParam((await params).file));
  if (!slug) return notFound();
  const res = await readArticle(slug);
  if (res.kind === "moved") {
    return new Response(null, { status: 308, headers: { Location: `${shareImageBase}/${encodeURIComponent(res.slug)}.png` } });
  }
  if (res.kind === "missing") return notFound();
  const png = await renderShareImage(db(), res.article, { name: site.name, host: new URL(siteUrl("/")).host });
  return new Response(new Uint8Array(png), {
    headers: {
      "Content-Type": "image/png",
      "Content-Length": String(png.byteLength),
      // The URL carries a version (lib/og/paths.ts), so a day is safe; it also bounds how long an unpublished
      // article's picture can linger in a shared cache.
      "Cache-Control": "public, max-age=86400",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

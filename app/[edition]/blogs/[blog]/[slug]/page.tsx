import { notFound, permanentRedirect } from "next/navigation";
import { readArticle } from "@/lib/content/reader.next";
import { routeParam } from "@/lib/route-params";
import { articlePath } from "@/lib/urls";

export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

/**
 * /blogs/<blog>/<slug> is an alias: every article's canonical URL is /a/<slug> in its edition. It redirects permanently when
 * the article (or the article an old slug now names) is published in that blog, and is a 404 otherwise.
 */
export default async function BlogArticleAlias({ params }: { params: Promise<{ blog: string; slug: string }> }) {
  const { blog, slug } = await params;
  let res = await readArticle(routeParam(slug));
  if (res.kind === "moved") res = await readArticle(res.slug);
  if (res.kind !== "article" || res.article.blog?.slug !== routeParam(blog)) notFound();
  permanentRedirect(articlePath(encodeURIComponent(res.article.slug), res.article.language));
}

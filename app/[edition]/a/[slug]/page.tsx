import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound, permanentRedirect } from "next/navigation";
import { ArticleView } from "@/components/article/ArticleView";
import { ArticleSidebar } from "@/components/article/ArticleSidebar";
import { RelatedStories } from "@/components/article/RelatedStories";
import { ArticleShare } from "@/components/article/ArticleShare";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { PreviewBar } from "@/components/newsroom/PreviewBar";
import { JsonLd } from "@/components/seo/JsonLd";
import type { Article } from "@/lib/content/types";
import { readArticle, readBlog, readImageSizes, readLatest, readRelated, readTranslations } from "@/lib/content/reader.next";
import { AlsoIn } from "@/components/article/AlsoIn";
import { ui } from "@/lib/i18n/ui";
import { bodyImageSources } from "@/lib/markdown/parse";
import { previewFor } from "@/lib/newsroom/preview.next";
import { articleCrumbs } from "@/lib/reader/breadcrumbs";
import { articleJsonLd, breadcrumbJsonLd } from "@/lib/seo/jsonld";
import { articleMetadata } from "@/lib/seo/metadata.next";
import { absoluteUrl, articlePath } from "@/lib/urls";
import { edition, siteUrl } from "@/lib/site";
import { editionOfLanguage, inEdition } from "@/lib/editions/paths";
import { editionFromParams } from "@/lib/reader/edition-param.next";
import { routeParam } from "@/lib/route-params";

export const revalidate = 300;
// Rendered on first request, then served from the page cache until a tag revalidates it.
// Requests in draft mode skip that cache (Next renders them afresh and sends private, no-store).
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ edition: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const slug = routeParam((await params).slug);
  const preview = await previewFor(slug);
  // No share image for a preview: /og/a/<slug>.png draws published articles only.
  if (preview) return { ...articleMetadata(preview.article, siteUrl(""), { shareImage: false }), robots: { index: false, follow: false } };
  const res = await readArticle(slug);
  if (res.kind !== "article") return {};
  return articleMetadata(res.article, siteUrl(""), { versions: await readTranslations(res.article.id) });
}

/**
 * An article lives in the edition of its language (decision 029): under any other edition's prefix, and at an old
 * slug, it answers 308 to its one URL.
 */
function redirectUnlessHome(article: Article, code: string, slug: string) {
  if (!inEdition(article.language, code) || article.slug !== slug) permanentRedirect(articlePath(encodeURIComponent(article.slug), article.language));
}

export default async function ArticlePage({ params }: Props) {
  const p = await params;
  const slug = routeParam(p.slug);
  const code = (await editionFromParams(params)).code;
  const preview = await previewFor(slug);
  if (preview) {
    redirectUnlessHome(preview.article, code, slug);
    const exitHref = `/api/preview/exit?id=${preview.article.id}`;
    const t = ui(editionOfLanguage(preview.article.language).lang);
    // No JSON-LD in preview: structured data describes published pages only.
    return <ArticleScreen article={preview.article} bar={<PreviewBar status={preview.status} exitHref={exitHref} t={t} />} />;
  }
  const res = await readArticle(slug);
  if (res.kind === "moved") permanentRedirect(articlePath(encodeURIComponent(res.slug), res.language));
  if (res.kind === "missing") notFound();
  redirectUnlessHome(res.article, code, slug);
  const crumbs = articleCrumbs(res.article, ui(editionOfLanguage(res.article.language).lang));
  return (
    <>
      <JsonLd data={[articleJsonLd(res.article, siteUrl(""), await readTranslations(res.article.id)), breadcrumbJsonLd(crumbs, siteUrl(""))]} />
      <ArticleScreen article={res.article} />
    </>
  );
}

/** The one article screen, for readers and previews alike, so a preview is exactly what readers will get. */
async function ArticleScreen({ article, bar }: { article: Article; bar?: ReactNode }) {
  const blog = article.blog ? await readBlog(article.blog.slug) : null;
  const [latest, bodyImages, related, versions] = await Promise.all([
    readLatest({ ...(blog ? { blogId: blog.id } : { newsOnly: true }), excludeIds: [article.id], limit: 5 }),
    readImageSizes(bodyImageSources(article.body)),
    readRelated({ id: article.id, blogId: blog?.id ?? null }),
    readTranslations(article.id),
  ]);
  const home = editionOfLanguage(article.language);
  const t = ui(article.language);
  const around = ui(home.lang);
  const page = edition(article.language);
  return (
    <>
      {bar}
      <ArticleView
        article={article}
        edition={page}
        t={t}
        bodyImages={bodyImages}
        breadcrumb={<Breadcrumbs items={articleCrumbs(article, around)} t={around} />}
        alsoIn={<AlsoIn versions={versions} label={t.alsoIn} />}
        sidebar={<ArticleSidebar blog={blog} latest={latest} page={home} />}
        share={<ArticleShare url={absoluteUrl(siteUrl(""), articlePath(article.slug, article.language))} title={article.title} t={t} />}
        related={<RelatedStories items={related} page={page} around={edition(home.lang)} t={t} />}
      />
    </>
  );
}

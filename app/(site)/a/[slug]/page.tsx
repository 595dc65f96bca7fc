import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ArticleView } from "@/components/article/ArticleView";
import { ArticleSidebar } from "@/components/article/ArticleSidebar";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { JsonLd } from "@/components/seo/JsonLd";
import { readArticle, readBlog, readImageSizes, readLatest } from "@/lib/content/reader.next";
import { ui } from "@/lib/i18n/ui";
import { bodyImageSources } from "@/lib/markdown/parse";
import { articleCrumbs } from "@/lib/reader/breadcrumbs";
import { articleJsonLd, breadcrumbJsonLd } from "@/lib/seo/jsonld";
import { articleMetadata } from "@/lib/seo/metadata.next";
import { edition, site, siteUrl } from "@/lib/site";
import { routeParam } from "@/lib/reader/params";

export const revalidate = 300;
// Rendered on first request, then served from the page cache until a tag revalidates it.
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const res = await readArticle(routeParam((await params).slug));
  return res.kind === "article" ? articleMetadata(res.article, siteUrl("")) : {};
}

export default async function ArticlePage({ params }: Props) {
  const res = await readArticle(routeParam((await params).slug));
  if (res.kind === "moved") permanentRedirect(`/a/${encodeURIComponent(res.slug)}`);
  if (res.kind === "missing") notFound();
  const article = res.article;
  const ed = edition(article.language);
  const t = ui(article.language);
  const blog = article.blog ? await readBlog(article.blog.slug) : null;
  const [latest, bodyImages] = await Promise.all([
    readLatest({ ...(blog ? { blogId: blog.id } : { newsOnly: true }), excludeIds: [article.id], limit: 5 }),
    readImageSizes(bodyImageSources(article.body)),
  ]);
  const crumbs = articleCrumbs(article, ui());
  return (
    <>
      <JsonLd data={[articleJsonLd(article, siteUrl("")), breadcrumbJsonLd(crumbs, siteUrl(""))]} />
      <ArticleView
        article={article}
        edition={ed}
        t={t}
        bodyImages={bodyImages}
        breadcrumb={<Breadcrumbs items={crumbs} t={ui()} />}
        sidebar={<ArticleSidebar blog={blog} latest={latest} siteName={site.name} />}
      />
    </>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BlogLanding } from "@/components/blog/BlogLanding";
import { JsonLd } from "@/components/seo/JsonLd";
import { readBlog } from "@/lib/content/reader.next";
import { ui } from "@/lib/i18n/ui";
import { loadBlogPage } from "@/lib/reader/blog-page.next";
import { routeParam } from "@/lib/reader/params";
import { breadcrumbJsonLd } from "@/lib/seo/jsonld";
import { blogMetadata } from "@/lib/seo/metadata.next";
import { siteUrl } from "@/lib/site";

export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ blog: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const blog = await readBlog(routeParam((await params).blog));
  return blog ? blogMetadata(blog, 1, siteUrl("")) : {};
}

export default async function BlogPage({ params }: Props) {
  const data = await loadBlogPage(routeParam((await params).blog), 1);
  if (!data) notFound();
  const t = ui();
  return (
    <>
      <JsonLd data={breadcrumbJsonLd([{ name: t.home, path: "/" }, { name: data.blog.title, path: `/blogs/${data.blog.slug}` }], siteUrl(""))} />
      <BlogLanding {...data} t={t} />
    </>
  );
}

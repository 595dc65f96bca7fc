import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { BlogLanding } from "@/components/blog/BlogLanding";
import { readBlog } from "@/lib/content/reader.next";
import { ui } from "@/lib/i18n/ui";
import { loadBlogPage } from "@/lib/reader/blog-page.next";
import { pageParam, routeParam } from "@/lib/reader/params";
import { blogMetadata } from "@/lib/seo/metadata.next";
import { siteUrl } from "@/lib/site";

export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ blog: string; n: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { blog: slug, n } = await params;
  const blog = await readBlog(routeParam(slug));
  const page = pageParam(n);
  return blog && page ? blogMetadata(blog, page, siteUrl("")) : {};
}

export default async function BlogArchivePage({ params }: Props) {
  const { blog: slug, n } = await params;
  const page = pageParam(n);
  if (!page) notFound();
  // Page 1 has one URL only: the blog's own.
  if (page === 1) permanentRedirect(`/blogs/${slug}`);
  const data = await loadBlogPage(routeParam(slug), page);
  if (!data) notFound();
  return <BlogLanding {...data} t={ui()} />;
}

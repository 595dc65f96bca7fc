import { newsSitemapResponse } from "@/lib/seo/sitemap.next";

// An edition's Google News sitemap, the last 48 hours (/sitemaps/fa/news.xml; the default edition's is
// /sitemaps/news.xml). Cached like the index; a code no other edition has is a 404.
export const revalidate = 300;
export const dynamicParams = true;

export function generateStaticParams(): { edition: string }[] {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ edition: string }> }): Promise<Response> {
  const { edition } = await params;
  return newsSitemapResponse(edition);
}

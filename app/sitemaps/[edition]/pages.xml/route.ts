import { pagesSitemapResponse } from "@/lib/seo/sitemap.next";

// An edition's home, sections, blogs, authors and topics (/sitemaps/fa/pages.xml; the default edition's is
// /sitemaps/pages.xml). Rendered on first request, then cached like the index; a code no other edition has is a 404.
export const revalidate = 300;
export const dynamicParams = true;

export function generateStaticParams(): { edition: string }[] {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ edition: string }> }): Promise<Response> {
  const { edition } = await params;
  return pagesSitemapResponse(edition);
}

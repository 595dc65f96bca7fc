import { monthSitemapResponse } from "@/lib/seo/sitemap.next";

// One month of an edition's articles (/sitemaps/fa/articles/2026-11.xml, or 2026-11-2.xml for a month's second
// 50,000; the default edition's are /sitemaps/articles/…). Rendered on first request, then cached like the index;
// months without the edition's published articles, and codes no other edition has, answer 404.
export const revalidate = 300;
export const dynamicParams = true;

export function generateStaticParams(): { edition: string; file: string }[] {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ edition: string; file: string }> }): Promise<Response> {
  const { edition, file } = await params;
  return monthSitemapResponse(file, edition);
}

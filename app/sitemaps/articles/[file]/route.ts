import { monthSitemapResponse } from "@/lib/seo/sitemap.next";

// One month of the default edition's articles (2026-11.xml, or 2026-11-2.xml for a month's second 50,000; other
// editions': app/sitemaps/[edition]/articles/). Rendered on first request, then cached like the index; months
// without the edition's published articles answer 404.
export const revalidate = 300;
export const dynamicParams = true;

export function generateStaticParams(): { file: string }[] {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  return monthSitemapResponse(file);
}

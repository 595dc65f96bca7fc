import { pagesSitemapResponse } from "@/lib/seo/sitemap.next";

// The default edition's home, sections, blogs, authors and topics (other editions': app/sitemaps/[edition]/).
// Cached like the index.
export const revalidate = 300;

export function GET(): Promise<Response> {
  return pagesSitemapResponse();
}

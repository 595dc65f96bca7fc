import { pagesSitemapResponse } from "@/lib/seo/sitemap.next";

// Home, sections, blogs, authors and topics. Cached like the index.
export const revalidate = 300;

export function GET(): Promise<Response> {
  return pagesSitemapResponse();
}

import { newsSitemapResponse } from "@/lib/seo/sitemap.next";

// The default edition's Google News sitemap (the last 48 hours; other editions': app/sitemaps/[edition]/). Cached
// like the index; the 300 s revalidation moves its window along.
export const revalidate = 300;

export function GET(): Promise<Response> {
  return newsSitemapResponse();
}

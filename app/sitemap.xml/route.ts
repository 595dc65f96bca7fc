import { sitemapIndexResponse } from "@/lib/seo/sitemap.next";

// The sitemap index. Rendered once, then cached; refreshed after 300 s or when the `articles` tag is revalidated.
export const revalidate = 300;

export function GET(): Promise<Response> {
  return sitemapIndexResponse();
}

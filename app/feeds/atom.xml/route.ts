import { siteFeedResponse } from "@/lib/feeds/serve.next";

// Rendered once, then served from the cache; refreshed after 300 s or when the `articles` tag is revalidated.
export const revalidate = 300;

export function GET(): Promise<Response> {
  return siteFeedResponse("atom");
}

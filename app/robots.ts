import type { MetadataRoute } from "next";
import { robotsRules } from "@/lib/seo/robots";
import { siteUrl } from "@/lib/site";

// Cached like the other metadata; SITE_URL comes from the environment of the server that renders it.
export const revalidate = 300;

export default function robots(): MetadataRoute.Robots {
  return robotsRules(siteUrl(""));
}

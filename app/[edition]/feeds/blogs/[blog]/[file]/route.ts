import { notFound } from "next/navigation";
import { editionOfParam } from "@/lib/editions/paths";
import { blogFeedResponse } from "@/lib/feeds/serve.next";

// rss.xml and atom.xml, rendered on a blog's first request (no blogs are known at build time), then cached like
// the site feeds.
export const revalidate = 300;
// The default, stated because the empty list below relies on it: any slug is tried, unknown blogs answer 404.
export const dynamicParams = true;

export function generateStaticParams(): { blog: string; file: string }[] {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ edition: string; blog: string; file: string }> }): Promise<Response> {
  const { edition, blog, file } = await params;
  const e = editionOfParam(edition);
  if (!e) notFound();
  return blogFeedResponse(e, blog, file);
}

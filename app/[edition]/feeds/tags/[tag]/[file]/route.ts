import { notFound } from "next/navigation";
import { editionOfParam } from "@/lib/editions/paths";
import { topicFeedResponse } from "@/lib/feeds/serve.next";

// rss.xml and atom.xml, rendered on a topic's first request (none are known at build time), then cached like the
// site feeds.
export const revalidate = 300;
// The default, stated because the empty list below relies on it: any slug is tried, unknown topics answer 404.
export const dynamicParams = true;

export function generateStaticParams(): { tag: string; file: string }[] {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ edition: string; tag: string; file: string }> }): Promise<Response> {
  const { edition, tag, file } = await params;
  const e = editionOfParam(edition);
  if (!e) notFound();
  return topicFeedResponse(e, tag, file);
}

import { feedFile, feedFormats } from "@/lib/feeds/paths";
import { siteFeedResponse } from "@/lib/feeds/serve.next";

// rss.xml and atom.xml, rendered at build, then served from the cache; refreshed after 300 s or when the
// `articles` tag is revalidated. No other file exists here: it is Next's own 404.
export const revalidate = 300;
export const dynamicParams = false;

export function generateStaticParams(): { file: string }[] {
  return feedFormats.map((format) => ({ file: feedFile(format) }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  return siteFeedResponse(file);
}

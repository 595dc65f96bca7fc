import { notFound } from "next/navigation";
import { editionOfParam } from "@/lib/editions/paths";
import { editionList } from "@/lib/editions/registry";
import { feedFile, feedFormats } from "@/lib/feeds/paths";
import { siteFeedResponse } from "@/lib/feeds/serve.next";

// rss.xml and atom.xml, rendered at build, then served from the cache; refreshed after 300 s or when the
// `articles` tag is revalidated. No other file exists here: it is Next's own 404.
export const revalidate = 300;
// Any other file or edition answers 404 from the handler (dynamicParams = false here would need every edition
// spelled out beside every file).
export function generateStaticParams(): { edition: string; file: string }[] {
  return editionList.flatMap((e) => feedFormats.map((format) => ({ edition: e.code, file: feedFile(format) })));
}

export async function GET(_request: Request, { params }: { params: Promise<{ edition: string; file: string }> }): Promise<Response> {
  const { edition, file } = await params;
  const e = editionOfParam(edition);
  if (!e) notFound();
  return siteFeedResponse(e, file);
}

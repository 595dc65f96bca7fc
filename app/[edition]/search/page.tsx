import type { Metadata } from "next";
import { SearchView } from "@/components/search/SearchView";
import { editionFromParams } from "@/lib/reader/edition-param.next";
import { ui } from "@/lib/i18n/ui";
import { parseQuery } from "@/lib/search/query";
import { loadSearchPage } from "@/lib/search/page.next";

type Props = { params: Promise<{ edition: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * An edition's /search?q=&blog=&lang=&from=&to=&page= — its articles only, rendered per request (it reads the
 * query), never indexed by search engines, and cached briefly by shared caches only (Cache-Control in
 * next.config.ts). Other reader pages stay static: nothing here touches the layout.
 */
export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const e = await editionFromParams(params);
  const t = ui(e.lang);
  const raw = (await searchParams).q;
  const q = parseQuery(Array.isArray(raw) ? raw[0] : raw).text;
  return { title: q ? `${t.search}: ${q}` : t.search, robots: { index: false, follow: true } };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const e = await editionFromParams(params);
  const data = await loadSearchPage(await searchParams, e);
  return <SearchView data={data} t={ui(e.lang)} locale={e.locale} />;
}

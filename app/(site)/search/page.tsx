import type { Metadata } from "next";
import { SearchView } from "@/components/search/SearchView";
import { ui } from "@/lib/i18n/ui";
import { parseQuery } from "@/lib/search/query";
import { loadSearchPage } from "@/lib/search/page.next";
import { defaultLanguage, edition } from "@/lib/site";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * /search?q=&blog=&lang=&from=&to=&page= — rendered per request (it reads the query), never indexed by search
 * engines, and cached briefly by shared caches only (Cache-Control in next.config.ts). Other reader pages stay
 * static: nothing here touches the layout.
 */
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const t = ui(defaultLanguage);
  const raw = (await searchParams).q;
  const q = parseQuery(Array.isArray(raw) ? raw[0] : raw).text;
  return { title: q ? `${t.search}: ${q}` : t.search, robots: { index: false, follow: true } };
}

export default async function SearchPage({ searchParams }: Props) {
  const data = await loadSearchPage(await searchParams);
  return <SearchView data={data} t={ui(defaultLanguage)} locale={edition(defaultLanguage).locale} />;
}

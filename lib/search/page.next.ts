import "server-only";
import { readBlogs } from "../content/reader.next";
import type { BlogRef } from "../content/types";
import { db } from "../db/connection";
import { knownLanguages, type EditionInfo } from "../editions/registry";
import { inEdition } from "../editions/paths";
import { blogPath, blogsPath, newsPath, searchPagePath } from "../urls";
import { parseSearchParams, type SearchNotice, type SearchParams } from "./params";
import { SearchUnavailableError } from "./engine";
import { searchArticles, type SearchResult } from "./search";

/**
 * What the search page shows, from its URL. Searches are not put in Next's data cache: every distinct query
 * would become a cache entry on disk, and anyone can send endless distinct queries. The query itself is cheap
 * (see `npm run bench`), and the blogs for the filter come from the cached, tagged read every page uses.
 */
export type SearchPageData = {
  params: SearchParams;
  notices: SearchNotice[];
  blogs: (BlogRef & { href: string })[];
  /** The edition's search page, news section and list of blogs. */
  paths: { search: string; news: string; blogs: string };
  languages: { code: string; label: string }[];
  /** Null when there is no query yet, or when search is unavailable. */
  result: SearchResult | null;
  unavailable: boolean;
};

export const SEARCH_PAGE_SIZE = 10;

/** An edition's search: its blogs and languages as filters, its articles only. */
export async function loadSearchPage(raw: Record<string, string | string[] | undefined>, e: EditionInfo): Promise<SearchPageData> {
  const blogs = (await readBlogs()).filter((b) => inEdition(b.language, e.code)).map((b) => ({ slug: b.slug, title: b.title, href: blogPath(b.slug, b.language) }));
  const languages = knownLanguages.filter((l) => inEdition(l.lang, e.code)).map((l) => ({ code: l.lang, label: l.label }));
  const paths = { search: searchPagePath(e.code), news: newsPath(e.code), blogs: blogsPath(e.code) };
  const { params, notices } = parseSearchParams(raw, { blogs: blogs.map((b) => b.slug), languages: languages.map((l) => l.code) });
  const data: SearchPageData = { params, notices, blogs, paths, languages, result: null, unavailable: false };
  if (!params.q) return data;
  try {
    data.result = await searchArticles(db(), {
      q: params.q,
      blog: params.blog,
      language: params.lang,
      edition: e.code,
      from: params.from,
      to: params.to,
      page: params.page,
      pageSize: SEARCH_PAGE_SIZE,
    });
  } catch (err) {
    if (!(err instanceof SearchUnavailableError)) throw err;
    data.unavailable = true;
  }
  return data;
}

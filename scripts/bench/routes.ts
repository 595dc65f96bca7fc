import { PERSIAN, type BenchTargets } from "./bench-db";
import { SCALE_BENCH } from "./scale";

/**
 * The autocannon routes, by name. "article-fa" (a Persian article page, right to left) comes right after
 * "article", measured back to back and compared with it (scripts/bench/editions.ts); asking for it alone brings
 * the English article along.
 */
export const ROUTES = ["article", "article-fa", "blog", "blog-deep", "home", "topic", "breaking", "breaking-304", "ping", "search"] as const;
export type RouteName = (typeof ROUTES)[number];
export const PAGES: readonly RouteName[] = ["article", "article-fa", "blog", "blog-deep", "home", "topic"];
/** The pages the JS table and Lighthouse look at: article, home, blog landing, topic page. */
export const KEY_PAGES: readonly RouteName[] = ["article", "home", "blog", "topic"];

/** Not routes: parts selectable by name like the routes. */
export const LATENCY = "breaking-latency";
export const SEARCH_LATENCY = "search-latency";
export const LIGHTHOUSE = "lighthouse";
export const FLOOR = "floor";
const EXTRAS = [LATENCY, SEARCH_LATENCY, SCALE_BENCH, LIGHTHOUSE, FLOOR] as const;

export type Selection = { wanted: RouteName[]; latency: boolean; search: boolean; scale: boolean; lighthouse: boolean; floor: boolean };

export function routePaths(t: BenchTargets): Record<RouteName, string> {
  return {
    article: `/a/${t.articleSlug}`,
    "article-fa": `/${PERSIAN.code}/a/${encodeURIComponent(t.persianArticleSlug)}`,
    blog: `/blogs/${t.blogSlug}`,
    "blog-deep": `/blogs/${t.blogSlug}/page/${t.deepPage}`,
    home: "/",
    topic: `/tags/${t.tagSlug}`,
    breaking: "/api/breaking",
    "breaking-304": "/api/breaking",
    ping: "/api/ping",
    // A common word: thousands of matches to count and rank, a page of highlights; rendered per request.
    search: "/search?q=council",
  };
}

export function parseRoutes(args: string[]): Selection {
  const names: readonly string[] = [...ROUTES, ...EXTRAS];
  const unknown = args.filter((a) => !names.includes(a));
  if (unknown.length) throw new Error(`unknown route(s) ${unknown.join(", ")}; choose from ${names.join(", ")}`);
  if (!args.length) return { wanted: [...ROUTES], latency: true, search: true, scale: true, lighthouse: true, floor: true };
  const wanted = args.filter((a): a is RouteName => (ROUTES as readonly string[]).includes(a));
  // The Persian article is reported against the English one of the same run: never one without the other, and
  // measured right after it.
  if (wanted.includes("article-fa")) {
    const rest = wanted.filter((r) => r !== "article" && r !== "article-fa");
    const at = Math.min(wanted.indexOf("article-fa"), wanted.includes("article") ? wanted.indexOf("article") : Infinity);
    wanted.splice(0, wanted.length, ...rest.slice(0, at), "article", "article-fa", ...rest.slice(at));
  }
  return {
    wanted,
    latency: args.includes(LATENCY),
    search: args.includes(SEARCH_LATENCY),
    scale: args.includes(SCALE_BENCH),
    lighthouse: args.includes(LIGHTHOUSE),
    floor: args.includes(FLOOR),
  };
}

import { NextResponse, type NextRequest } from "next/server";
import { siteUrl } from "./lib/site";

/**
 * Answers two kinds of address before any route renders (the matcher below keeps every other request away):
 * - Malformed percent-encoding (/a/%E0%A4%A, /og/a/%E0%A4%A.png, /feeds/tags/%E0%A4%A/rss.xml) is the site's 404.
 *   Next's router decodes a dynamic segment before any of our code runs, fails on a broken escape, and then finds
 *   no /400 page in the app router, so the request ended as a bare "Internal Server Error". Such a path is
 *   rewritten to one no route matches, which renders app/not-found.tsx (404, not cached).
 * - Page 1 of a listing has one address: /news/page/1, /blogs|authors|tags/<slug>/page/1 answer 308 to the listing
 *   itself, with the slug as requested (percent-encoded). A redirect from inside a page's first render went out
 *   with its Location header twice; here nothing renders. The Location is built on SITE_URL, never on the
 *   request's Host (Next's middleware needs an absolute one and makes it relative when the hosts agree).
 */
export function proxy(request: NextRequest): NextResponse {
  const { pathname } = request.nextUrl;
  if (isMalformedPath(pathname)) return NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url));
  const first = FIRST_PAGE.exec(pathname);
  if (first) {
    return new NextResponse(null, { status: 308, headers: { Location: siteUrl(first[1]), "Cache-Control": "public, max-age=3600" } });
  }
  return NextResponse.next();
}

/** A path that matches no route in app/. */
const NOT_FOUND_PATH = "/_dispatch/malformed-url";

const FIRST_PAGE = /^\/(news|(?:blogs|authors|tags)\/[^/]+)\/page\/1$/;

function isMalformedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

export const config = { matcher: ["/:path(.*%.*)", "/news/page/1", "/:section(blogs|authors|tags)/:slug/page/1"] };

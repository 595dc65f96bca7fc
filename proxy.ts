import { NextResponse, type NextRequest } from "next/server";

/**
 * Malformed percent-encoding (/a/%E0%A4%A, /og/a/%E0%A4%A.png, /feeds/tags/%E0%A4%A/rss.xml) is the site's 404.
 * Next's router decodes a dynamic segment before any of our code runs, fails on a broken escape, and then finds
 * no /400 page in the app router, so the request ended as a bare "Internal Server Error". Here such a path is
 * rewritten to one no route matches, which renders app/not-found.tsx (404, not cached). The matcher runs this
 * only for paths with a "%" in them; every other request never comes here.
 */
export function proxy(request: NextRequest): NextResponse {
  return isMalformedPath(request.nextUrl.pathname) ? NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url)) : NextResponse.next();
}

/** A path that matches no route in app/. */
const NOT_FOUND_PATH = "/_dispatch/malformed-url";

function isMalformedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

export const config = { matcher: "/:path(.*%.*)" };

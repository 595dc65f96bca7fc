import { NextResponse, type NextRequest } from "next/server";
import { db } from "./lib/db/connection";
import { DRAFT_MODE_COOKIE, PREVIEW_COOKIE, previewCookieOptions, previewGrant, type PreviewGrant } from "./lib/newsroom/preview-access";
import { SESSION_COOKIE } from "./lib/newsroom/sessions";
import { serverSecret } from "./lib/secret";
import { siteUrl } from "./lib/site";

/**
 * Answers three kinds of request before any route renders (the matcher below keeps every other request away):
 * - Malformed percent-encoding (/a/%E0%A4%A, /og/a/%E0%A4%A.png, /feeds/tags/%E0%A4%A/rss.xml) is the site's 404.
 *   Next's router decodes a dynamic segment before any of our code runs, fails on a broken escape, and then finds
 *   no /400 page in the app router, so the request ended as a bare "Internal Server Error". Such a path is
 *   rewritten to one no route matches, which renders app/not-found.tsx (404, not cached).
 * - Page 1 of a listing has one address: /news/page/1, /blogs|authors|tags/<slug>/page/1 (and /fa/news/page/1…) answer 308 to the listing
 *   itself, with the slug as requested (percent-encoded). A redirect from inside a page's first render went out
 *   with its Location header twice; here nothing renders. The Location is built on SITE_URL, never on the
 *   request's Host (Next's middleware needs an absolute one and makes it relative when the hosts agree).
 * - A request with Next's draft-mode cookie (one value for the whole build, the same for everyone who ever opened a
 *   preview) keeps it only when it carries a valid preview of this very page: a preview cookie signed for the
 *   article at /a/<slug>, or a live session of staff who may open it. Any other such request reaches Next without
 *   the cookie, so it is served from the page cache like a reader's (decision record 012); when it carries no valid
 *   preview at all, the browser is told to drop the cookie (and a dead preview cookie). Only these requests touch
 *   the database here; the article page checks the preview again before it shows a draft.
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const { pathname } = request.nextUrl;
  if (isMalformedPath(pathname)) return NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url));
  const first = FIRST_PAGE.exec(pathname);
  if (first) {
    return new NextResponse(null, { status: 308, headers: { Location: siteUrl(first[1]), "Cache-Control": "public, max-age=3600" } });
  }
  if (request.cookies.has(DRAFT_MODE_COOKIE) && DRAFT_MODE_SCOPE.test(pathname)) return draftModeOnlyWithPreview(request);
  return NextResponse.next();
}

async function draftModeOnlyWithPreview(request: NextRequest): Promise<NextResponse> {
  const previewToken = request.cookies.get(PREVIEW_COOKIE)?.value;
  let grant: PreviewGrant;
  try {
    grant = await previewGrant(
      db(),
      { pathname: request.nextUrl.pathname, previewToken, sessionToken: request.cookies.get(SESSION_COOKIE)?.value },
      serverSecret(),
    );
  } catch {
    grant = "elsewhere"; // The store is unreachable: no draft can be shown, the cached public page can.
  }
  if (grant === "this-page") return NextResponse.next();
  const headers = new Headers(request.headers);
  const cookie = withoutCookie(request.headers.get("cookie") ?? "", DRAFT_MODE_COOKIE);
  if (cookie) headers.set("cookie", cookie);
  else headers.delete("cookie");
  const response = NextResponse.next({ request: { headers } });
  if (grant === "none") {
    // Deleted with the attributes Next set it with (secure, SameSite=None outside development), as draftMode().disable() does.
    const dev = process.env.NODE_ENV === "development";
    response.cookies.set(DRAFT_MODE_COOKIE, "", { path: "/", expires: new Date(0), httpOnly: true, secure: !dev, sameSite: dev ? "lax" : "none" });
    if (previewToken !== undefined) response.cookies.set(PREVIEW_COOKIE, "", previewCookieOptions(new Date(0)));
  }
  return response;
}

/** A Cookie header without one cookie (every pair of that name), the others as they came. */
function withoutCookie(header: string, name: string): string {
  return header
    .split(";")
    .map((pair) => pair.trim())
    .filter((pair) => pair !== "" && pair.split("=", 1)[0].trim() !== name)
    .join("; ");
}

/**
 * Where the draft-mode cookie is judged: every page, feed, sitemap, share image and media file, i.e. all but build
 * assets, the newsroom and the API (all rendered per request; /api/preview turns draft mode on and off itself).
 */
const DRAFT_MODE_SCOPE = /^\/(?!_next\/|api\/|newsroom)/;

/** A path that matches no route in app/. */
const NOT_FOUND_PATH = "/_dispatch/malformed-url";

const FIRST_PAGE = /^((?:\/[a-z]{2,3})?\/(?:news|(?:blogs|authors|tags)\/[^/]+))\/page\/1$/;

function isMalformedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

export const config = {
  matcher: [
    "/:path(.*%.*)",
    "/news/page/1",
    "/:section(blogs|authors|tags)/:slug/page/1",
    // The same in the other editions (/fa/news/page/1): any two- or three-letter code, as editions' codes are.
    "/:edition([a-z]{2,3})/news/page/1",
    "/:edition([a-z]{2,3})/:section(blogs|authors|tags)/:slug/page/1",
    // Only requests that carry the draft-mode cookie (DRAFT_MODE_COOKIE; the matcher must be a literal), in DRAFT_MODE_SCOPE.
    { source: "/((?!_next/|api/|newsroom).*)", has: [{ type: "cookie", key: "__prerender_bypass" }] },
  ],
};

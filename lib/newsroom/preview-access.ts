import { config } from "../config";
import type { Db } from "../db/connection";
import { previewSecretOf } from "../content/preview-secrets";
import { routeParam } from "../route-params";
import { verifyPreviewToken } from "./preview-tokens";
import { can, type Principal } from "./roles";
import { getSessionPrincipal } from "./sessions";
import { editionList } from "../editions/registry";

/**
 * Who may see a draft, decided without Next, so proxy.ts (before the page cache) and the article page (before it
 * loads a draft) ask the same questions. Next's draft-mode cookie is one value for the whole build, given to anyone
 * who ever opened a preview: it proves nothing. What counts is the preview cookie (a signed link, good for one
 * article until it expires or is revoked) or a live newsroom session (what that person may open).
 */

/** Holds the signed token a shared link carried, so the reader URL it redirects to stays clean. */
export const PREVIEW_COOKIE = "dispatch_preview";

/** Next's draft-mode cookie: one value for the whole build (its previewModeId), the same for everyone. */
export const DRAFT_MODE_COOKIE = "__prerender_bypass";

/** Options for the preview cookie: the browser drops it when the token expires; the server checks anyway. */
export function previewCookieOptions(expires: Date) {
  return { httpOnly: true, secure: config().siteUrl.startsWith("https:"), sameSite: "lax" as const, path: "/", expires };
}

/** Staff see what they may open in the newsroom: editors and admins any article, writers their own. */
export function mayPreview(principal: Principal, article: { createdByUserId: number | null }): boolean {
  return can(principal.role, "article:edit-any") || (principal.kind === "user" && article.createdByUserId === principal.userId);
}

/**
 * The slug of an article's reader URL (/a/<slug>, or /<edition>/a/<slug>; percent-escapes decoded once), or null for
 * any other path. The page itself checks the edition: the slug alone names the article.
 */
export function articleSlugOfPath(pathname: string): string | null {
  const m = /^(?:\/([^/]+))?\/a\/([^/]+)$/.exec(pathname);
  // Only an edition's code may come first: /og/a/<slug> is a share image, not the article.
  if (!m || (m[1] !== undefined && !editionList.some((e) => e.code === m[1] && !e.isDefault))) return null;
  return routeParam(m[2]);
}

/**
 * What a request's credentials let it preview at `pathname`:
 * - "this-page": the article at /a/<slug> (by its current slug) for a token signed for it or staff who may open it;
 * - "elsewhere": a valid token or session, but not for this page (it gets the public page);
 * - "none": no valid token (missing, tampered with, expired or revoked) and no live session.
 */
export type PreviewGrant = "this-page" | "elsewhere" | "none";

export async function previewGrant(
  db: Db,
  { pathname, previewToken, sessionToken }: { pathname: string; previewToken?: string; sessionToken?: string },
  signingKey: string,
  { now = new Date() }: { now?: Date } = {},
): Promise<PreviewGrant> {
  const token = previewToken
    ? await verifyPreviewToken(previewToken, { previewSecretFor: (id) => previewSecretOf(db, id) }, signingKey, { now })
    : null;
  const staff = sessionToken ? await getSessionPrincipal(db, sessionToken, { now }) : null;
  if (!token && !staff) return "none";
  const slug = articleSlugOfPath(pathname);
  if (slug === null) return "elsewhere";
  const article = await db.selectFrom("articles").select(["id", "created_by_user_id"]).where("slug", "=", slug).executeTakeFirst();
  if (!article) return "elsewhere";
  if (token?.articleId === article.id) return "this-page";
  return staff && mayPreview(staff, { createdByUserId: article.created_by_user_id }) ? "this-page" : "elsewhere";
}

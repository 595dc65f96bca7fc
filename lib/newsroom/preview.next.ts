import "server-only";
import { cookies, draftMode } from "next/headers";
import { cache } from "react";
import { getNewsroomArticle, type NewsroomArticle } from "../content/newsroom-queries";
import type { ArticleStatus } from "../content/types";
import { db, type Db } from "../db/connection";
import { serverSecret } from "../secret";
import { previewSecretOf } from "../content/preview-secrets";
import { verifyPreviewToken } from "./preview-tokens";
import { getSessionPrincipal, SESSION_COOKIE } from "./sessions";
import type { Principal } from "./roles";
import { mayPreview, PREVIEW_COOKIE } from "./preview-access";

/**
 * Exact previews with Next.js draft mode (this file's name says it reads the request). Draft mode only tells
 * Next to skip the page cache; who may see which article is decided here, on every request, from the
 * preview cookie (a signed link, good for one article) or a newsroom session (what that person may open).
 */

/** The token's expiry (it says so in its clear part; the signature is checked by verifyPreviewToken). */
export function previewTokenExpiry(token: string): Date | null {
  const parts = Buffer.from(token, "base64url").toString("utf8").split(".");
  const unix = Number(parts[1]);
  return parts.length === 3 && Number.isSafeInteger(unix) ? new Date(unix * 1000) : null;
}

/** The article a preview token opens, or null when it is malformed, tampered with, expired or revoked. */
export async function articleIdFromToken(token: string | undefined): Promise<number | null> {
  if (!token) return null;
  const ok = await verifyPreviewToken(token, { previewSecretFor: (id) => previewSecretOf(db(), id) }, serverSecret());
  return ok?.articleId ?? null;
}

/** The signed-in newsroom person, if the request carries a live session. */
export async function staffFromSession(): Promise<Principal | null> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return token ? getSessionPrincipal(db(), token) : null;
}

/** Any article by its current slug, whatever its status: for previews only, never for public pages. */
export async function getNewsroomArticleBySlug(database: Db, slug: string): Promise<NewsroomArticle | null> {
  const row = await database.selectFrom("articles").select("id").where("slug", "=", slug).executeTakeFirst();
  return row ? getNewsroomArticle(database, row.id) : null;
}

/**
 * The draft to show at /a/<slug>, or null for the public page. Only when draft mode is on (so public requests never
 * read cookies and stay static), and only for a token signed for this very article or a staff session.
 * Memoised per request (React cache), so the page and its metadata share one check; never stored across requests.
 */
export const previewFor = cache(async (slug: string): Promise<{ article: NewsroomArticle; status: ArticleStatus } | null> => {
  if (!(await draftMode()).isEnabled) return null;
  const article = await getNewsroomArticleBySlug(db(), slug);
  if (!article) return null;
  const tokenArticle = await articleIdFromToken((await cookies()).get(PREVIEW_COOKIE)?.value);
  if (tokenArticle === article.id) return { article, status: article.status };
  const staff = await staffFromSession();
  return staff && mayPreview(staff, article) ? { article, status: article.status } : null;
});

import { cookies, draftMode } from "next/headers";
import { z } from "zod";
import { getArticleById } from "@/lib/content/articles";
import { getNewsroomArticle } from "@/lib/content/newsroom-queries";
import { db } from "@/lib/db/connection";
import { ui } from "@/lib/i18n/ui";
import { defaultLanguage } from "@/lib/site";
import { mayPreview, PREVIEW_COOKIE, previewCookieOptions } from "@/lib/newsroom/preview-access";
import { articleIdFromToken, previewTokenExpiry, staffFromSession } from "@/lib/newsroom/preview.next";
import { articlePath } from "@/lib/urls";

/**
 * Opens a preview: `?token=` from a shared link (no session needed, e.g. a colleague's phone), or `?id=` for a
 * signed-in newsroom person. Turns on draft mode and sends the browser to the article's real reader URL.
 */
export const dynamic = "force-dynamic";

const query = z.union([
  z.object({ token: z.string().min(1).max(512) }),
  z.object({ id: z.string().regex(/^[1-9][0-9]{0,9}$/).transform(Number) }),
]);

const noStore = { "Cache-Control": "private, no-store", "X-Robots-Tag": "noindex, nofollow", "Referrer-Policy": "no-referrer" };

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A refusal a person can read in the browser, or JSON for scripts, saying what to do next. */
function refuse(request: Request, status: number, message: string): Response {
  if (!(request.headers.get("accept") ?? "").includes("text/html")) {
    return Response.json({ error: { message } }, { status, headers: noStore });
  }
  const t = ui(defaultLanguage);
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex, nofollow"><title>${escapeHtml(t.previewRefusedTitle)}</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5"><h1>${escapeHtml(t.previewRefusedTitle)}</h1><p>${escapeHtml(message)}</p><p><a href="/">${escapeHtml(t.backHome)}</a></p></body></html>`;
  return new Response(html, { status, headers: { ...noStore, "Content-Type": "text/html; charset=utf-8" } });
}

function redirectTo(path: string): Response {
  // A relative Location: right behind any proxy, whatever host the request came in on.
  return new Response(null, { status: 307, headers: { ...noStore, Location: path } });
}

export async function GET(request: Request): Promise<Response> {
  const t = ui(defaultLanguage);
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = query.safeParse(params);
  if (!parsed.success) return refuse(request, 401, t.previewLinkInvalid);

  if ("token" in parsed.data) {
    const token = parsed.data.token;
    const articleId = await articleIdFromToken(token);
    const article = articleId ? await getArticleById(db(), articleId) : null;
    const expires = previewTokenExpiry(token);
    if (!article || !expires) return refuse(request, 401, t.previewLinkInvalid);
    (await draftMode()).enable();
    (await cookies()).set(PREVIEW_COOKIE, token, previewCookieOptions(expires));
    return redirectTo(articlePath(encodeURIComponent(article.slug), article.language));
  }

  const staff = await staffFromSession();
  if (!staff) return refuse(request, 401, t.previewSignIn);
  const article = await getNewsroomArticle(db(), parsed.data.id);
  if (!article || !mayPreview(staff, article)) return refuse(request, 404, t.previewNoArticle);
  (await draftMode()).enable();
  return redirectTo(articlePath(encodeURIComponent(article.slug), article.language));
}

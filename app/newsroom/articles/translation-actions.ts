"use server";

import { redirect } from "next/navigation";
import { createDraft, createTranslationDraft, type WriteResult } from "@/lib/content/article-writes";
import { getNewsroomArticle } from "@/lib/content/newsroom-queries";
import { revalidateContent } from "@/lib/content/revalidate.next";
import { unlinkTranslation } from "@/lib/content/translations";
import { db } from "@/lib/db/connection";
import { actorOf, assertCanEdit } from "@/lib/newsroom/article-access";
import { currentSession, type SessionUser } from "@/lib/newsroom/console.next";
import { can } from "@/lib/newsroom/roles";
import { translateErrorCode } from "@/lib/newsroom/translate-form";

/**
 * The console's edition and translation forms, as server functions: plain forms that work without JavaScript
 * (Next checks the Origin of every call; we check the session and the role). Each answers with a redirect: to the
 * article written, or back to the form with one of our error codes in the URL (lib/newsroom/translate-form.ts).
 */

const text = (form: FormData, key: string) => {
  const v = form.get(key);
  return typeof v === "string" ? v : "";
};

async function signedIn(back: string): Promise<SessionUser> {
  const user = await currentSession();
  if (!user) redirect(`/newsroom/login?next=${encodeURIComponent(back)}`);
  return user;
}

/** Runs a write; a refusal of the input becomes our code (anything else is a real failure and is thrown). */
async function attempt<T>(write: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; code: string }> {
  try {
    return { ok: true, value: await write() };
  } catch (err) {
    const code = translateErrorCode(err as { status?: unknown; field?: string; message?: string });
    if (code === null) throw err;
    return { ok: false, code };
  }
}

const withParam = (path: string, key: string, value: string) => `${path}${path.includes("?") ? "&" : "?"}${key}=${encodeURIComponent(value)}`;

/** "New article in <edition>": a draft with its headline, in that edition's language; the editor opens next. */
export async function createInEdition(form: FormData): Promise<void> {
  const edition = text(form, "edition");
  const back = withParam("/newsroom/articles/new", "edition", edition);
  const user = await signedIn(back);
  if (!can(user.role, "article:create")) redirect(withParam(back, "error", "forbidden"));
  const result = await attempt(() => createDraft(db(), { title: text(form, "title"), body: "", edition }, actorOf(user)));
  if (!result.ok) redirect(withParam(back, "error", result.code));
  redirect(`/newsroom/articles/${result.value.article.id}`);
}

/** "Translate": a linked draft in another edition, copied from this article; the new draft's editor opens next. */
export async function translateArticle(form: FormData): Promise<void> {
  const id = Number(text(form, "articleId"));
  const back = `/newsroom/articles/${Number.isSafeInteger(id) && id > 0 ? id : ""}`;
  const user = await signedIn(back);
  const source = Number.isSafeInteger(id) && id > 0 ? await getNewsroomArticle(db(), id) : null;
  if (!source) redirect("/newsroom");
  if (!can(user.role, "article:create")) redirect(withParam(back, "translateError", "forbidden"));
  const allowed = await attempt(async () => assertCanEdit(user, source));
  if (!allowed.ok) redirect(withParam(back, "translateError", allowed.code));
  const result = await attempt<WriteResult>(() => createTranslationDraft(db(), id, text(form, "edition"), actorOf(user)));
  if (!result.ok) redirect(withParam(back, "translateError", result.code));
  revalidateContent(result.value.revalidate);
  redirect(`/newsroom/articles/${result.value.article.id}?translated=1`);
}

/** Takes this article out of its story's versions (its translations stay linked to each other). */
export async function unlinkArticle(form: FormData): Promise<void> {
  const id = Number(text(form, "articleId"));
  const back = `/newsroom/articles/${Number.isSafeInteger(id) && id > 0 ? id : ""}`;
  const user = await signedIn(back);
  const article = Number.isSafeInteger(id) && id > 0 ? await getNewsroomArticle(db(), id) : null;
  if (!article) redirect("/newsroom");
  const allowed = await attempt(async () => assertCanEdit(user, article));
  if (!allowed.ok) redirect(withParam(back, "translateError", allowed.code));
  revalidateContent(await unlinkTranslation(db(), id));
  redirect(`${back}?unlinked=1`);
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EditorPage } from "@/components/newsroom/EditorPage";
import { SourceText, TranslationsPanel } from "@/components/newsroom/TranslationsPanel";
import { renderMarkdownPreview } from "../preview-action";
import { translateArticle, unlinkArticle } from "../translation-actions";
import { listBlogs } from "@/lib/content/blogs";
import { getNewsroomArticle } from "@/lib/content/newsroom-queries";
import { translationsOf } from "@/lib/content/translations";
import { db } from "@/lib/db/connection";
import { editionOfLanguage } from "@/lib/editions/paths";
import { editionList } from "@/lib/editions/registry";
import { ui } from "@/lib/i18n/ui";
import { defaultLanguage } from "@/lib/site";
import { assertCanEdit } from "@/lib/newsroom/article-access";
import { articleDto } from "@/lib/newsroom/article-dto";
import { requireSession } from "@/lib/newsroom/console.next";
import { ForbiddenError } from "@/lib/errors";
import { can } from "@/lib/newsroom/roles";
import { parseTranslateError } from "@/lib/newsroom/translate-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit article" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function EditArticlePage({ params, searchParams }: Props) {
  const raw = (await params).id;
  const user = await requireSession(`/newsroom/articles/${encodeURIComponent(raw)}`);
  if (!/^[1-9][0-9]{0,9}$/.test(raw)) notFound();
  const article = await getNewsroomArticle(db(), Number(raw));
  if (!article) notFound();
  try {
    assertCanEdit(user, article);
  } catch (err) {
    if (!(err instanceof ForbiddenError)) throw err;
    return (
      <>
        <h1 className="mb-4 text-2xl font-bold">{ui(defaultLanguage).newsroom.editArticle}</h1>
        <p role="alert">{err.message}</p>
      </>
    );
  }
  const blogs = (await listBlogs(db())).map((b) => ({ slug: b.slug, title: b.title }));
  const t = ui(defaultLanguage);
  const s = t.newsroom.editions;
  const p = await searchParams;
  // Only our own codes are shown, in our own words (lib/newsroom/translate-form.ts).
  const error = parseTranslateError(first(p.translateError));
  const notice = p.translated ? s.translated : p.unlinked ? s.unlinked : null;
  // A writer sees the source's text when it is public or their own, as they could open it anyway.
  const mayRead = (a: { status: string; createdByUserId: number | null }) =>
    can(user.role, "article:edit-any") || a.status === "published" || a.createdByUserId === user.userId;
  const [versions, source] = await Promise.all([
    translationsOf(db(), article.id),
    article.translationOf === null ? null : getNewsroomArticle(db(), article.translationOf),
  ]);
  return (
    <EditorPage
      t={t}
      article={articleDto(article)}
      blogs={blogs}
      editions={editionList.map(({ code, label, lang, isDefault }) => ({ code, label, lang, isDefault }))}
      edition={editionOfLanguage(article.language).code}
      canPublish={can(user.role, "article:publish")}
      renderPreview={renderMarkdownPreview}
      before={source && mayRead(source) && <SourceText s={s} source={source} />}
      after={
        <TranslationsPanel
          t={t}
          s={s}
          article={article}
          versions={versions}
          canTranslate={can(user.role, "article:create")}
          notice={notice}
          error={error && s.errors[error]}
          translate={translateArticle}
          unlink={unlinkArticle}
        />
      }
    />
  );
}

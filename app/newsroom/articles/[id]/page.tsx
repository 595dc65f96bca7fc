import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EditorPage } from "@/components/newsroom/EditorPage";
import { renderMarkdownPreview } from "../preview-action";
import { listBlogs } from "@/lib/content/blogs";
import { getNewsroomArticle } from "@/lib/content/newsroom-queries";
import { db } from "@/lib/db/connection";
import { ui } from "@/lib/i18n/ui";
import { defaultLanguage } from "@/lib/site";
import { assertCanEdit } from "@/lib/newsroom/article-access";
import { articleDto } from "@/lib/newsroom/article-dto";
import { requireSession } from "@/lib/newsroom/console.next";
import { ForbiddenError } from "@/lib/errors";
import { can } from "@/lib/newsroom/roles";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit article" };

type Props = { params: Promise<{ id: string }> };

export default async function EditArticlePage({ params }: Props) {
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
  return <EditorPage t={ui(defaultLanguage)} article={articleDto(article)} blogs={blogs} canPublish={can(user.role, "article:publish")} renderPreview={renderMarkdownPreview} />;
}

import type { Metadata } from "next";
import { EditorPage } from "@/components/newsroom/EditorPage";
import { renderMarkdownPreview } from "../preview-action";
import { listBlogs } from "@/lib/content/blogs";
import { db } from "@/lib/db/connection";
import { ui } from "@/lib/i18n/ui";
import { defaultLanguage } from "@/lib/site";
import { requireSession } from "@/lib/newsroom/console.next";
import { can } from "@/lib/newsroom/roles";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "New article" };

export default async function NewArticlePage() {
  const user = await requireSession("/newsroom/articles/new");
  const blogs = (await listBlogs(db())).map((b) => ({ slug: b.slug, title: b.title }));
  return <EditorPage t={ui(defaultLanguage)} article={null} blogs={blogs} canPublish={can(user.role, "article:publish")} renderPreview={renderMarkdownPreview} />;
}

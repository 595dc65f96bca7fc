import type { Metadata } from "next";
import { EditionTabs } from "@/components/newsroom/EditionTabs";
import { EditorPage } from "@/components/newsroom/EditorPage";
import { NewInEditionForm } from "@/components/newsroom/NewInEditionForm";
import { renderMarkdownPreview } from "../preview-action";
import { createInEdition } from "../translation-actions";
import { listBlogs } from "@/lib/content/blogs";
import { db } from "@/lib/db/connection";
import { defaultEdition, editionByCode, editionList } from "@/lib/editions/registry";
import { ui } from "@/lib/i18n/ui";
import { defaultLanguage } from "@/lib/site";
import { requireSession } from "@/lib/newsroom/console.next";
import { can } from "@/lib/newsroom/roles";
import { parseTranslateError } from "@/lib/newsroom/translate-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "New article" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/**
 * A new article, for the edition chosen at the top (?edition=<code>). The default edition's opens the editor at
 * once; another edition's starts with its headline (NewInEditionForm), then opens the editor on that draft.
 */
export default async function NewArticlePage({ searchParams }: Props) {
  const p = await searchParams;
  const chosen = editionByCode(first(p.edition) ?? "") ?? defaultEdition;
  const user = await requireSession(chosen.isDefault ? "/newsroom/articles/new" : `/newsroom/articles/new?edition=${chosen.code}`);
  const t = ui(defaultLanguage);
  const s = t.newsroom.editions;
  const chooser = <EditionTabs label={s.writeFor} edition={chosen.code} base="/newsroom/articles/new" />;
  if (!chosen.isDefault) {
    const error = parseTranslateError(first(p.error));
    return (
      <>
        <h1 className="mb-4 text-2xl font-bold">{t.newsroom.newArticle}</h1>
        {chooser}
        <div className="mt-4">
          <NewInEditionForm t={t} s={s} edition={chosen} error={error && s.errors[error]} create={createInEdition} />
        </div>
      </>
    );
  }
  const blogs = (await listBlogs(db())).map((b) => ({ slug: b.slug, title: b.title }));
  return (
    <EditorPage
      t={t}
      article={null}
      blogs={blogs}
      editions={editionList.map(({ code, label, lang, isDefault }) => ({ code, label, lang, isDefault }))}
      edition={chosen.code}
      canPublish={can(user.role, "article:publish")}
      renderPreview={renderMarkdownPreview}
      before={<div className="mb-4">{chooser}</div>}
    />
  );
}

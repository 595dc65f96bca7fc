import { EditionSwitcher } from "@/components/layout/EditionSwitcher";
import { readArticle, readTranslations } from "@/lib/content/reader.next";
import { editionOfParam } from "@/lib/editions/paths";
import { defaultEdition } from "@/lib/editions/registry";
import { ui } from "@/lib/i18n/ui";
import { editionLinks } from "@/lib/reader/edition-switcher";
import { routeParam } from "@/lib/route-params";

export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

/**
 * The header's edition switcher on an article: each other edition's published version of the story where it has
 * one, else that edition's home. Published articles only (a draft in preview gets the homes); the article page
 * itself answers 404s and 308s, so this slot never does.
 */
export default async function ArticleEditions({ params }: { params: Promise<{ edition: string; slug: string }> }) {
  const p = await params;
  const e = editionOfParam(p.edition) ?? defaultEdition;
  const res = await readArticle(routeParam(p.slug));
  const versions = res.kind === "article" ? await readTranslations(res.article.id) : [];
  return <EditionSwitcher links={editionLinks(e, versions)} label={ui(e.lang).editionsNav} />;
}

import { EditionSwitcher } from "@/components/layout/EditionSwitcher";
import { editionOfParam } from "@/lib/editions/paths";
import { defaultEdition } from "@/lib/editions/registry";
import { ui } from "@/lib/i18n/ui";
import { editionLinks } from "@/lib/reader/edition-switcher";

/**
 * The header's edition switcher on every page but an article's: the other editions' homes. It never answers 404
 * itself (the layout and the page do), since it also renders inside a 404.
 */
export default async function EditionHomes({ params }: { params: Promise<{ edition?: string }> }) {
  const p = await params;
  const e = editionOfParam(p?.edition ?? "") ?? defaultEdition;
  return <EditionSwitcher links={editionLinks(e)} label={ui(e.lang).editionsNav} />;
}

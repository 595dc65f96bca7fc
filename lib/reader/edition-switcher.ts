import type { TranslationRef } from "../content/types";
import { editionList, type EditionInfo } from "../editions/registry";
import { editionOfLanguage } from "../editions/paths";
import { articlePath, homePath } from "../urls";

/** One entry of the header's edition switcher: where it leads, and the edition's name in its own language. */
export type EditionLink = { href: string; label: string; lang: string; dir: "ltr" | "rtl"; translation: boolean };

/**
 * The switcher of a page in `current`: every other edition, linked to the story's published version there when
 * the page is an article that has one (`versions`, published only), else to that edition's home.
 */
export function editionLinks(current: EditionInfo, versions: Pick<TranslationRef, "slug" | "language">[] = []): EditionLink[] {
  return editionList
    .filter((e) => e.code !== current.code)
    .map((e) => {
      const version = versions.find((v) => editionOfLanguage(v.language).code === e.code);
      const href = version ? articlePath(version.slug, version.language) : homePath(e.code);
      return { href, label: e.label, lang: e.lang, dir: e.dir, translation: Boolean(version) };
    });
}

import type { TranslationRef } from "../content/types";
import { editionOfLanguage } from "../editions/paths";
import { absoluteUrl, articlePath } from "../urls";

type Version = { slug: string; language: string };

/**
 * hreflang alternates of an article with versions in other editions: every version with itself, and x-default the
 * default edition's version (else the article itself). The same set from each version, so the links are
 * reciprocal; the article page's <link rel="alternate"> and the sitemaps' xhtml:link both come from here.
 */
export function languageAlternates(article: Version, versions: Pick<TranslationRef, "slug" | "language">[], siteUrl: string): Record<string, string> | undefined {
  if (versions.length === 0) return undefined;
  const all = [article, ...versions];
  const href = (v: Version) => absoluteUrl(siteUrl, articlePath(v.slug, v.language));
  const fallback = all.find((v) => editionOfLanguage(v.language).isDefault) ?? all[0];
  return Object.fromEntries([...all.map((v) => [v.language, href(v)]), ["x-default", href(fallback)]]);
}

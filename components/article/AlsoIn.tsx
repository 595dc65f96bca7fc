import type { TranslationRef } from "@/lib/content/types";
import { edition } from "@/lib/site";
import { articlePath } from "@/lib/urls";

/**
 * "Also in": the article's published versions in other editions, each named in its own language (Русский, فارسی)
 * and marked with its lang, so a screen reader says each name in its language.
 */
export function AlsoIn({ versions, label }: { versions: TranslationRef[]; label: string }) {
  if (versions.length === 0) return null;
  return (
    <nav aria-label={label} className="also-in">
      <span aria-hidden="true">{label}:</span>
      <ul>
        {versions.map((v) => {
          const l = edition(v.language);
          return (
            <li key={v.id}>
              <a href={articlePath(v.slug, v.language)} lang={l.lang} dir={l.dir} hrefLang={l.lang}>{l.label}</a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

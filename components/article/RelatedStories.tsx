import { SizedImage } from "@/components/media/SizedImage";
import type { ArticleSummary } from "@/lib/content/types";
import type { UiStrings } from "@/lib/i18n/ui";
import { formatDate } from "@/lib/reader/dates";
import { articlePath } from "@/lib/urls";
import { edition, type Edition } from "@/lib/site";

/**
 * Related stories below an article (lib/content/related.ts chooses them). The heading speaks the article's
 * language; a story in another language carries its own lang and dir, so a Persian headline reads right to left wherever it sits.
 */
export function RelatedStories({ items, page, t }: { items: ArticleSummary[]; page: Edition; t: UiStrings }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="related-stories" lang={page.lang} dir={page.dir} className="no-print mt-10 max-w-3xl border-t-2 border-ink pt-4">
      <h2 id="related-stories" className="font-serif text-2xl font-bold">{t.relatedStories}</h2>
      <ul className="mt-4 grid gap-x-6 gap-y-4 sm:grid-cols-2">
        {items.map((a) => {
          const own = edition(a.language);
          // Only pictures this site holds: a hero on another host would be a third-party request.
          const thumb = a.heroImage && a.heroImage.src.startsWith("/") && !a.heroImage.src.startsWith("//") ? a.heroImage : null;
          return (
            // lang and dir only where the story's differ from the section's: the rest inherit them.
            <li key={a.id} lang={own.lang === page.lang ? undefined : own.lang} dir={own.dir === page.dir ? undefined : own.dir} className="flex items-start gap-3">
              {thumb && (
                <SizedImage src={thumb.src} width={96} height={64} alt="" className="h-16 w-24 shrink-0 rounded bg-wash object-cover" />
              )}
              <div className="min-w-0">
                <a href={articlePath(a.slug)} className="font-semibold leading-snug">{a.title}</a>
                {a.publishedAt && (
                  <p className="mt-1 text-sm text-muted">
                    {a.blog && <span>{a.blog.title} · </span>}
                    <time dateTime={a.publishedAt}>{formatDate(a.publishedAt, own.locale)}</time>
                  </p>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

import { imageAttrs } from "@/components/media/SizedImage";
import { RelatedList, type RelatedItem } from "@/components/islands/RelatedList";
import type { ArticleSummary } from "@/lib/content/types";
import type { UiStrings } from "@/lib/i18n/ui";
import { formatDate } from "@/lib/reader/dates";
import { articlePath } from "@/lib/urls";
import { edition, langAttrs, type Edition } from "@/lib/site";

/**
 * Related stories below an article (lib/content/related.ts chooses them), drawn by the RelatedList island from
 * their data. The heading speaks the article's language; a story in another language carries its own lang and
 * dir, so a Persian headline reads right to left wherever it sits. `page` is the article's language, `around` the
 * edition's.
 */
export function RelatedStories({ items, page, around, t }: { items: ArticleSummary[]; page: Edition; around: Edition; t: UiStrings }) {
  if (items.length === 0) return null;
  const stories = items.map((a): RelatedItem => {
    const own = edition(a.language);
    // Only pictures this site holds: a hero on another host would be a third-party request.
    const hero = a.heroImage && a.heroImage.src.startsWith("/") && !a.heroImage.src.startsWith("//") ? a.heroImage : null;
    const img = hero ? imageAttrs({ src: hero.src, width: 96, height: 64, alt: "" }) : null;
    return {
      id: a.id,
      href: articlePath(a.slug, a.language),
      title: a.title,
      ...langAttrs(own, page),
      ...(a.blog ? { blog: a.blog.title } : {}),
      ...(a.publishedAt ? { dateTime: a.publishedAt, date: formatDate(a.publishedAt, own.locale) } : {}),
      ...(img ? { thumb: img.srcSet ?? `${img.src} 1x` } : {}),
    };
  });
  // The section sits outside the article, in the document's language: lang and dir only where the article's differ.
  return <RelatedList heading={t.relatedStories} {...langAttrs(page, around)} items={stories} />;
}

import type { ArticleSummary } from "@/lib/content/types";
import { edition, langAttrs, type Direction, type Edition } from "@/lib/site";
import { articlePath } from "@/lib/urls";
import { formatDate } from "./dates";

/** One entry of a "Latest Posts" box, shaped on the server: dates formatted, lang and dir only where they differ. */
export type LatestItem = { id: number; href: string; title: string; dateTime?: string; date?: string; lang?: string; dir?: Direction };

/**
 * `around` is the language of the page around the list: a post in another language
 * carries its own lang and dir, the rest inherit them. Absent keys rather than undefined ones (an island's props).
 */
export function latestItems(posts: ArticleSummary[], locale: string, around: Edition): LatestItem[] {
  return posts.map((p) => ({
    id: p.id,
    href: articlePath(p.slug, p.language),
    title: p.title,
    ...(p.publishedAt ? { dateTime: p.publishedAt, date: formatDate(p.publishedAt, locale) } : {}),
    ...langAttrs(edition(p.language), around),
  }));
}

import type { ArticleInput } from "../content/articles";
import type { ImageInput } from "../content/images";

/**
 * A demo article: an ArticleInput whose slug, dek, date, hero, authors and tags are always set, so the demo
 * exercises every part of an article page. `status` left out means published.
 */
export type DemoArticle = ArticleInput &
  Required<Pick<ArticleInput, "slug" | "summary" | "publishedAt" | "authorSlugs" | "tags">> & { heroImage: ImageInput };

import type { ImageInput } from "../content/images";
import type { SeedArticle } from "./seed";

/**
 * A demo article: one whose slug, dek, date, hero, authors and tags are always set, so the demo exercises every
 * part of an article page. `status` left out means published.
 */
export type DemoArticle = SeedArticle &
  Required<Pick<SeedArticle, "slug" | "summary" | "publishedAt" | "authorSlugs" | "tags">> & { heroImage: ImageInput };

import { config } from "@/lib/config";
import type { ImageDimensions } from "@/lib/markdown/images";
import { parseMarkdown } from "@/lib/markdown/parse";
import { createSlugger } from "@/lib/markdown/slug";
import { renderBlocks } from "./body/render";

export type ArticleBodyProps = {
  /** The article body as authored: CommonMark + GFM tables. */
  markdown: string;
  /** Dimensions by image src (see `bodyImageSources`), so images reserve their space before they load. */
  images?: Record<string, ImageDimensions>;
  /** Origin used to tell external links from the site's own; defaults to the configured SITE_URL. */
  siteUrl?: string;
};

/**
 * The article body as server-rendered HTML. Font size comes from the page (`.article-body` under the root's
 * `data-text-size`); everything inside is sized in em so it follows.
 */
export function ArticleBody({ markdown, images = {}, siteUrl }: ArticleBodyProps) {
  const ctx = { slug: createSlugger(), images, siteUrl: siteUrl ?? config().siteUrl };
  return <div className="article-body">{renderBlocks(parseMarkdown(markdown).children, ctx)}</div>;
}

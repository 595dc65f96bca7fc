import { editionOfLanguage, editionPath } from "../editions/paths";

/**
 * Where the feeds live (app/[edition]/feeds/: /feeds/… for the default edition, /fa/feeds/… for Persian), for the
 * routes' self links and for pages that advertise them. A blog's feeds are in its language's edition.
 */
export type FeedFormat = "rss" | "atom";

export const feedFormats: readonly FeedFormat[] = ["rss", "atom"];

/** The last segment of every feed's URL: rss.xml or atom.xml. */
export const feedFile = (format: FeedFormat) => `${format}.xml`;

/** The format a feed route's `[file]` segment names, or null for any other file (the route then answers 404). */
export function feedFormatOfFile(file: string): FeedFormat | null {
  return feedFormats.find((format) => feedFile(format) === file) ?? null;
}

/** The folder an edition's own feeds (rss.xml, atom.xml) are in. */
export const siteFeedBase = (edition: string) => editionPath(edition, "/feeds");
export const blogFeedBase = (blogSlug: string, language: string) => editionPath(editionOfLanguage(language).code, `/feeds/blogs/${blogSlug}`);
export const topicFeedBase = (tagSlug: string, edition: string) => editionPath(edition, `/feeds/tags/${tagSlug}`);

export const siteFeedPath = (format: FeedFormat, edition: string) => `${siteFeedBase(edition)}/${feedFile(format)}`;
export const blogFeedPath = (blogSlug: string, language: string, format: FeedFormat) => `${blogFeedBase(blogSlug, language)}/${feedFile(format)}`;
export const topicFeedPath = (tagSlug: string, edition: string, format: FeedFormat) => `${topicFeedBase(tagSlug, edition)}/${feedFile(format)}`;

export const feedContentType: Record<FeedFormat, string> = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
};

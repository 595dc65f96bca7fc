/** Where the feeds live (app/feeds/), for the routes' self links and for pages that advertise them. */
export type FeedFormat = "rss" | "atom";

export const feedFormats: readonly FeedFormat[] = ["rss", "atom"];

/** The last segment of every feed's URL: rss.xml or atom.xml. */
export const feedFile = (format: FeedFormat) => `${format}.xml`;

/** The format a feed route's `[file]` segment names, or null for any other file (the route then answers 404). */
export function feedFormatOfFile(file: string): FeedFormat | null {
  return feedFormats.find((format) => feedFile(format) === file) ?? null;
}

export const siteFeedPath = (format: FeedFormat) => `/feeds/${feedFile(format)}`;

export const blogFeedPath = (blogSlug: string, format: FeedFormat) => `/feeds/blogs/${blogSlug}/${feedFile(format)}`;

export const topicFeedPath = (tagSlug: string, format: FeedFormat) => `/feeds/tags/${tagSlug}/${feedFile(format)}`;

export const feedContentType: Record<FeedFormat, string> = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
};

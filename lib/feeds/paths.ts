/** Where the feeds live (app/feeds/), for the routes' self links and for pages that advertise them. */
export type FeedFormat = "rss" | "atom";

export const feedFormats: readonly FeedFormat[] = ["rss", "atom"];

export const siteFeedPath = (format: FeedFormat) => `/feeds/${format}.xml`;

export const blogFeedPath = (blogSlug: string, format: FeedFormat) => `/feeds/blogs/${blogSlug}/${format}.xml`;

export const feedContentType: Record<FeedFormat, string> = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
};

export const topicFeedPath = (tagSlug: string, format: FeedFormat) => `/feeds/tags/${tagSlug}/${format}.xml`;

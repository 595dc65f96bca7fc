import "server-only";
import { readBlog, readFeedItems, readTopic, readTopicFeedItems } from "../content/reader.next";
import { ui } from "../i18n/ui";
import { blogPath, topicPath } from "../seo/urls";
import { defaultLanguage, site, siteUrl } from "../site";
import { feedXml } from "./build";
import { blogFeedPath, feedContentType, siteFeedPath, topicFeedPath, type FeedFormat } from "./paths";

/**
 * The feed routes' work, shared by the four handlers in app/feeds/. Reads go through the tagged reader cache
 * (published articles only), so a publish that revalidates the `articles` tag refreshes every feed.
 */
const feedLength = 30;

function xmlResponse(xml: string, format: FeedFormat): Response {
  return new Response(xml, { headers: { "Content-Type": feedContentType[format] } });
}

/** The newest articles across the whole site. */
export async function siteFeedResponse(format: FeedFormat): Promise<Response> {
  const items = await readFeedItems({ limit: feedLength });
  const xml = feedXml(
    {
      title: site.name,
      description: site.tagline,
      siteUrl: siteUrl(""),
      selfPath: siteFeedPath(format),
      htmlPath: "/",
      language: defaultLanguage,
      items,
    },
    format,
  );
  return xmlResponse(xml, format);
}

/** The newest posts of one blog, or a plain-text 404 when no blog has that slug. */
export async function blogFeedResponse(rawSlug: string, format: FeedFormat): Promise<Response> {
  const blogSlug = decodeSegment(rawSlug);
  const blog = await readBlog(blogSlug);
  if (!blog) {
    const message = `There is no blog at "${blogSlug.slice(0, 100)}". Check the address, or follow the whole site at ${siteUrl(siteFeedPath(format))}\n`;
    return new Response(message, {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const items = await readFeedItems({ blogId: blog.id, limit: feedLength });
  const xml = feedXml(
    {
      title: `${blog.title} · ${site.name}`,
      description: blog.description || site.tagline,
      siteUrl: siteUrl(""),
      selfPath: blogFeedPath(blog.slug, format),
      htmlPath: blogPath(blog.slug),
      language: blog.language,
      items,
    },
    format,
  );
  return xmlResponse(xml, format);
}

/**
 * The newest articles on one topic, or a plain-text 404 for an unknown tag and for one that no published article
 * carries (a tag used only by drafts must not reveal itself here either).
 */
export async function topicFeedResponse(rawSlug: string, format: FeedFormat): Promise<Response> {
  const tagSlug = decodeSegment(rawSlug);
  const topic = await readTopic(tagSlug);
  if (!topic) {
    const message = `There is no topic at "${tagSlug.slice(0, 100)}". Check the address, or follow the whole site at ${siteUrl(siteFeedPath(format))}\n`;
    return new Response(message, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const items = await readTopicFeedItems(topic, feedLength);
  const xml = feedXml(
    {
      title: `${topic.name} · ${site.name}`,
      description: topic.description || ui(defaultLanguage).topicFallbackDescription.replace("{topic}", topic.name).replace("{site}", site.name),
      siteUrl: siteUrl(""),
      selfPath: topicFeedPath(topic.slug, format),
      htmlPath: topicPath(topic.slug),
      language: defaultLanguage,
      items,
    },
    format,
  );
  return xmlResponse(xml, format);
}

/** Route params arrive percent-encoded (Cyrillic or Persian slugs); a malformed escape is kept as written. */
function decodeSegment(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

import "server-only";
import { notFound } from "next/navigation";
import { readBlog, readFeedItems, readTopic, readTopicFeedItems } from "../content/reader.next";
import { ui } from "../i18n/ui";
import { routeParam } from "../route-params";
import { blogPath, topicPath } from "../urls";
import { defaultLanguage, site, siteUrl } from "../site";
import { feedXml } from "./build";
import { blogFeedPath, feedContentType, feedFormatOfFile, siteFeedPath, topicFeedPath, type FeedFormat } from "./paths";

/**
 * The feed routes' work, shared by the three handlers in app/feeds/ (each serves rss.xml and atom.xml from its
 * `[file]` segment). Reads go through the tagged reader cache (published articles only), so a publish that
 * revalidates the `articles` tag refreshes every feed.
 */
const feedLength = 30;

/** Any file but rss.xml and atom.xml is Next's own 404, as it was when each format had its own route folder. */
function formatOf(file: string): FeedFormat {
  return feedFormatOfFile(file) ?? notFound();
}

function xmlResponse(xml: string, format: FeedFormat): Response {
  return new Response(xml, { headers: { "Content-Type": feedContentType[format] } });
}

/** A plain-text 404 for a blog or topic that does not exist, pointing to the site's feed instead. */
function noFeedResponse(what: "blog" | "topic", slug: string, format: FeedFormat): Response {
  const message = `There is no ${what} at "${slug.slice(0, 100)}". Check the address, or follow the whole site at ${siteUrl(siteFeedPath(format))}\n`;
  return new Response(message, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

/** The newest articles across the whole site. */
export async function siteFeedResponse(file: string): Promise<Response> {
  const format = formatOf(file);
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
export async function blogFeedResponse(rawSlug: string, file: string): Promise<Response> {
  const format = formatOf(file);
  const blogSlug = routeParam(rawSlug);
  const blog = await readBlog(blogSlug);
  if (!blog) return noFeedResponse("blog", blogSlug, format);
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
export async function topicFeedResponse(rawSlug: string, file: string): Promise<Response> {
  const format = formatOf(file);
  const tagSlug = routeParam(rawSlug);
  const topic = await readTopic(tagSlug);
  if (!topic) return noFeedResponse("topic", tagSlug, format);
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

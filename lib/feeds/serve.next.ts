import "server-only";
import { notFound } from "next/navigation";
import { readBlog, readFeedItems, readTopic, readTopicFeedItems } from "../content/reader.next";
import { ui } from "../i18n/ui";
import { routeParam } from "../route-params";
import type { EditionInfo } from "../editions/registry";
import { inEdition } from "../editions/paths";
import { blogPath, homePath, topicPath } from "../urls";
import { siteUrl } from "../site";
import { feedXml } from "./build";
import { blogFeedPath, feedContentType, feedFormatOfFile, siteFeedPath, topicFeedPath, type FeedFormat } from "./paths";

/**
 * The feed routes' work, shared by the three handlers in app/[edition]/feeds/ (each serves rss.xml and atom.xml from
 * its `[file]` segment), per edition: an edition's feed carries only its articles, a blog's feed lives in the blog's
 * edition (elsewhere it is a 404), a topic's feed lists the topic's articles of that edition. Reads go through the tagged reader cache (published articles only), so a publish that
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
function noFeedResponse(what: "blog" | "topic", slug: string, format: FeedFormat, e: EditionInfo): Response {
  const message = `There is no ${what} at "${slug.slice(0, 100)}". Check the address, or follow the whole site at ${siteUrl(siteFeedPath(format, e.code))}\n`;
  return new Response(message, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

/** The newest articles of an edition. */
export async function siteFeedResponse(e: EditionInfo, file: string): Promise<Response> {
  const format = formatOf(file);
  const items = await readFeedItems({ edition: e.code, limit: feedLength });
  const xml = feedXml(
    {
      title: e.siteName,
      description: e.tagline,
      siteUrl: siteUrl(""),
      selfPath: siteFeedPath(format, e.code),
      htmlPath: homePath(e.code),
      language: e.lang,
      edition: e,
      items,
    },
    format,
  );
  return xmlResponse(xml, format);
}

/** The newest posts of one blog, or a plain-text 404 when no blog has that slug. */
export async function blogFeedResponse(e: EditionInfo, rawSlug: string, file: string): Promise<Response> {
  const format = formatOf(file);
  const blogSlug = routeParam(rawSlug);
  const blog = await readBlog(blogSlug);
  if (!blog || !inEdition(blog.language, e.code)) return noFeedResponse("blog", blogSlug, format, e);
  const items = await readFeedItems({ blogId: blog.id, limit: feedLength });
  const xml = feedXml(
    {
      title: `${blog.title} · ${e.siteName}`,
      description: blog.description || e.tagline,
      siteUrl: siteUrl(""),
      selfPath: blogFeedPath(blog.slug, blog.language, format),
      htmlPath: blogPath(blog.slug, blog.language),
      language: blog.language,
      edition: e,
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
export async function topicFeedResponse(e: EditionInfo, rawSlug: string, file: string): Promise<Response> {
  const format = formatOf(file);
  const tagSlug = routeParam(rawSlug);
  const topic = await readTopic(tagSlug);
  if (!topic) return noFeedResponse("topic", tagSlug, format, e);
  const items = await readTopicFeedItems(topic, feedLength, e.code);
  const xml = feedXml(
    {
      title: `${topic.name} · ${e.siteName}`,
      description: topic.description || ui(e.lang).topicFallbackDescription.replace("{topic}", topic.name).replace("{site}", e.siteName),
      siteUrl: siteUrl(""),
      selfPath: topicFeedPath(topic.slug, e.code, format),
      htmlPath: topicPath(topic.slug, e.code),
      language: e.lang,
      edition: e,
      items,
    },
    format,
  );
  return xmlResponse(xml, format);
}

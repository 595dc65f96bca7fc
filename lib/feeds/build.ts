import { Feed, type Author, type Item } from "feed";
import type { ArticleSummary, AuthorRef } from "../content/types";
import { markdownToPlainText } from "../markdown/plain-text";
import type { EditionInfo } from "../editions/registry";
import { absoluteUrl, articlePath, authorPath, blogPath, homePath, origin } from "../urls";
import { site } from "../site";
import type { FeedFormat } from "./paths";

/**
 * RSS 2.0 and Atom 1.0 feeds built with the `feed` library. Pure: it shows exactly the items it is given, so
 * callers must pass published-only articles from lib/content (a feed is the easiest place to leak a draft).
 */
export type FeedItemInput = ArticleSummary & { body: string };

export type FeedInput = {
  title: string;
  description: string;
  /** Origin such as https://news.example.org (a trailing slash is ignored). */
  siteUrl: string;
  /** Path of this feed, e.g. /feeds/rss.xml: the self link. */
  selfPath: string;
  /** Path of the page the feed follows, e.g. / or /blogs/field-notes. */
  htmlPath: string;
  language: string;
  /** The edition the feed belongs to: its name stands in as the author, its author pages are linked. */
  edition: EditionInfo;
  items: FeedItemInput[];
  /** ISO time of the last change; defaults to the newest item's update time. */
  updated?: string;
};

export function buildFeed(input: FeedInput, format: FeedFormat): Feed {
  const base = origin(input.siteUrl);
  const home = absoluteUrl(base, input.htmlPath);
  const feed = new Feed({
    id: home,
    link: home,
    feed: absoluteUrl(base, input.selfPath),
    title: xmlText(input.title),
    description: xmlText(input.description),
    language: input.language,
    updated: new Date(input.updated ?? newest(input.items) ?? Date.now()),
    generator: site.shortName,
    // Atom requires an author per entry; the newsroom stands in for entries without a byline.
    author: { name: xmlText(input.edition.siteName), link: absoluteUrl(base, homePath(input.edition.code)) },
  });
  for (const article of input.items) feed.addItem(toItem(article, base, format, input.edition.code));
  return feed;
}

export function rssXml(input: FeedInput): string {
  return buildFeed(input, "rss").rss2();
}

export function atomXml(input: FeedInput): string {
  return buildFeed(input, "atom").atom1();
}

export function feedXml(input: FeedInput, format: FeedFormat): string {
  return format === "rss" ? rssXml(input) : atomXml(input);
}

function toItem(a: FeedItemInput, base: string, format: FeedFormat, edition: string): Item {
  const url = absoluteUrl(base, articlePath(a.slug, a.language));
  const content = bodyHtml(a.body);
  const image = a.heroImage ? heroEnclosure(absoluteUrl(base, a.heroImage.src)) : undefined;
  return {
    // Atom titles are typed "html" by the library, so they are escaped; RSS titles are plain text.
    title: format === "atom" ? escapeHtml(xmlText(a.title)) : rssCdata(xmlText(a.title)),
    // No id or guid: the library then uses the link, so the RSS guid is a permalink and the Atom id the same URL.
    link: url,
    date: new Date(a.updatedAt),
    ...(a.publishedAt ? { published: new Date(a.publishedAt) } : {}),
    ...(a.summary ? { description: escapeHtml(xmlText(a.summary)) } : {}),
    ...(content ? { content } : {}),
    author: authors(a.authors, base, format, edition),
    ...(a.blog
      ? {
          category: [
            {
              name: format === "atom" ? atomAttribute(a.blog.title) : xmlText(a.blog.title),
              term: a.blog.slug,
              scheme: absoluteUrl(base, blogPath(a.blog.slug, a.language)),
            },
          ],
        }
      : {}),
    ...(image ? { image } : {}),
  };
}

/** RSS allows one <author> per item, so co-authors share it; Atom lists each with a link to their page. */
function authors(list: AuthorRef[], base: string, format: FeedFormat, edition: string): Author[] | undefined {
  if (list.length === 0) return undefined;
  if (format === "rss") return [{ name: xmlText(list.map((x) => x.name).join(", ")) }];
  return list.map((x) => ({ name: xmlText(x.name), link: absoluteUrl(base, authorPath(x.slug, edition)) }));
}

/** The body as escaped HTML paragraphs of plain text: readers get the words, never raw Markdown or HTML. */
function bodyHtml(markdown: string): string {
  const text = xmlText(markdownToPlainText(markdown));
  return text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join("\n");
}

const imageTypes: Record<string, string> = {
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  gif: "image/gif",
  webp: "image/webp",
  avif: "image/avif",
};

/**
 * The hero image as an enclosure. The library derives the Atom type from the file extension, so images whose
 * URL has no known extension are left out rather than sent with a nonsense type.
 */
function heroEnclosure(url: string): { url: string; type: string } | undefined {
  const ext = new URL(url).pathname.split(".").pop()?.toLowerCase() ?? "";
  const type = imageTypes[ext];
  return type ? { url, type } : undefined;
}

function newest(items: FeedItemInput[]): string | undefined {
  return items.map((i) => i.updatedAt).sort().at(-1);
}

/** Removes characters XML 1.0 forbids (control characters, lone surrogates); one would make the feed unreadable. */
export function xmlText(s: string): string {
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "");
}

const htmlEntities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => htmlEntities[c]);
}

/** The library splits only the first "]]>" in a CDATA section, so a second would end it early; a zero-width space defuses them all. */
function rssCdata(s: string): string {
  return s.replaceAll("]]>", "]]\u200B>");
}

/** The library escapes & and " in attributes but not <, which XML forbids there. */
function atomAttribute(s: string): string {
  return xmlText(s).replaceAll("<", "\uFF1C");
}

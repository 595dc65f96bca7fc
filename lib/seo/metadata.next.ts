import type { Metadata } from "next";
import type { Article, Author, Blog, Image, Tag, TranslationRef } from "../content/types";
import { blogFeedPath, siteFeedPath, topicFeedPath } from "../feeds/paths";
import { ui } from "../i18n/ui";
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH, shareImageAlt, shareImagePath } from "../og/paths";
import type { EditionInfo } from "../editions/registry";
import { editionOfLanguage } from "../editions/paths";
import { edition } from "../site";
import { languageAlternates } from "./alternates";
import { absoluteUrl, articlePath, authorPath, blogPath, homePath, topicPath } from "../urls";

/**
 * Next.js Metadata for each kind of page (this file's name says it speaks Next.js's types). Every URL is
 * absolute, built from the site URL the caller passes, so previews and canonicals never depend on the request.
 * Titles are bare: the root layout's template adds the edition's site name. `e` is the page's edition.
 */

/** Open Graph wants ru_RU where BCP 47 says ru-RU, and no calendar or digits keys (fa-IR-u-ca-persian → fa_IR). */
export function ogLocale(lang: string): string {
  const l = new Intl.Locale(edition(lang).locale);
  return l.region ? `${l.language}_${l.region}` : l.language;
}

type Feed = { slug: string; title: string; language: string };
/** A page's own feed (a blog's, a topic's): its title and where each format lives. */
type OwnFeed = { title: string; path: (format: "rss" | "atom") => string };

/**
 * <link rel="alternate"> for the site's feeds and, when the page belongs to a blog or is a topic, that feed first.
 * Listings offer RSS and Atom; an article offers RSS only: feed readers take either, and each link is sent twice
 * (head and RSC payload) on the heaviest page there is (issue 12's 50 KB budget).
 */
function feedAlternates(siteUrl: string, e: EditionInfo, blog?: Feed, own?: OwnFeed, formats: readonly ("rss" | "atom")[] = ["rss", "atom"]): NonNullable<Metadata["alternates"]>["types"] {
  const feed = own ?? (blog ? { title: blog.title, path: (format: "rss" | "atom") => blogFeedPath(blog.slug, blog.language, format) } : undefined);
  const links = (format: "rss" | "atom") => [
    ...(feed ? [{ url: absoluteUrl(siteUrl, feed.path(format)), title: `${feed.title} (${format === "rss" ? "RSS" : "Atom"})` }] : []),
    { url: absoluteUrl(siteUrl, siteFeedPath(format, e.code)), title: `${e.siteName} (${format === "rss" ? "RSS" : "Atom"})` },
  ];
  return Object.fromEntries(formats.map((f) => [f === "rss" ? "application/rss+xml" : "application/atom+xml", links(f)]));
}

function ogImages(siteUrl: string, image: Image | null) {
  return image ? [{ url: absoluteUrl(siteUrl, image.src), width: image.width, height: image.height, alt: image.alt }] : undefined;
}

/**
 * A large card when there is a picture to show, the small one otherwise. X reads the og: title and description
 * when its own are absent, so none are given here; but Next fills twitter:title and twitter:description in from
 * openGraph by itself (postProcessMetadata in next/dist/lib/metadata), so the page still carries them, in the
 * head and again in the inline payload. Dropping them would mean writing the social tags outside the Metadata API.
 */
function twitter(siteUrl: string, image: Image | null): Metadata["twitter"] {
  return image ? { card: "summary_large_image", images: [{ url: absoluteUrl(siteUrl, image.src), alt: image.alt }] } : { card: "summary" };
}

function pagedTitle(title: string, page: number, lang: string): string {
  return page > 1 ? `${title} · ${ui(lang).page} ${page}` : title;
}

/**
 * The article's share image (lib/og): 1200×630, its hero picture or a card with the headline. Previews get none:
 * /og/a/<slug>.png only ever draws published articles.
 */
function articleShareImage(article: Article, siteUrl: string, e: EditionInfo) {
  return {
    url: absoluteUrl(siteUrl, shareImagePath(article)),
    width: SHARE_IMAGE_WIDTH,
    height: SHARE_IMAGE_HEIGHT,
    alt: shareImageAlt(article, e.siteName),
    type: "image/png",
  };
}

/** `versions`: the article's published versions in other editions (hreflang alternates). */
export function articleMetadata(
  article: Article,
  siteUrl: string,
  { shareImage = true, versions = [] }: { shareImage?: boolean; versions?: TranslationRef[] } = {},
): Metadata {
  const e = editionOfLanguage(article.language);
  const url = absoluteUrl(siteUrl, articlePath(article.slug, article.language));
  const languages = languageAlternates(article, versions, siteUrl);
  const description = article.summary || undefined;
  const image = shareImage ? articleShareImage(article, siteUrl, e) : null;
  return {
    title: article.title,
    description,
    alternates: {
      canonical: url,
      ...(languages ? { languages } : {}),
      types: feedAlternates(siteUrl, e, article.blog ? { ...article.blog, language: article.language } : undefined, undefined, ["rss"]),
    },
    authors: article.authors.map((a) => ({ name: a.name, url: absoluteUrl(siteUrl, authorPath(a.slug, e.code)) })),
    openGraph: {
      type: "article",
      url,
      title: article.title,
      description,
      siteName: e.siteName,
      locale: ogLocale(article.language),
      ...(article.publishedAt ? { publishedTime: article.publishedAt } : {}),
      modifiedTime: article.updatedAt,
      authors: article.authors.map((a) => absoluteUrl(siteUrl, authorPath(a.slug, e.code))),
      ...(article.blog ? { section: article.blog.title } : {}),
      tags: article.tags.map((t) => t.name),
      images: image ? [image] : undefined,
    },
    twitter: image ? { card: "summary_large_image", images: [{ url: image.url, alt: image.alt }] } : { card: "summary" },
  };
}

/** A blog's landing page (page 1) or one of its archive pages, each its own canonical URL. */
export function blogMetadata(blog: Blog, page: number, siteUrl: string): Metadata {
  const e = editionOfLanguage(blog.language);
  const url = absoluteUrl(siteUrl, blogPath(blog.slug, blog.language, page));
  const title = pagedTitle(blog.title, page, blog.language);
  const description = blog.description || e.tagline;
  return {
    title,
    description,
    alternates: { canonical: url, types: feedAlternates(siteUrl, e, blog) },
    openGraph: {
      type: "website",
      url,
      title,
      description,
      siteName: e.siteName,
      locale: ogLocale(blog.language),
      images: ogImages(siteUrl, blog.cover),
    },
    twitter: twitter(siteUrl, blog.cover),
  };
}

/** An author's page of articles (page 1) or one of its archive pages. */
export function authorMetadata(author: Author, page: number, siteUrl: string, e: EditionInfo): Metadata {
  const url = absoluteUrl(siteUrl, authorPath(author.slug, e.code, page));
  const title = pagedTitle(author.name, page, e.lang);
  const description = author.bio || `${ui(e.lang).articlesBy} ${author.name}`;
  return {
    title,
    description,
    alternates: { canonical: url, types: feedAlternates(siteUrl, e) },
    openGraph: {
      type: "profile",
      url,
      title,
      description,
      siteName: e.siteName,
      locale: ogLocale(e.lang),
      images: ogImages(siteUrl, author.photo),
    },
    twitter: twitter(siteUrl, author.photo),
  };
}

/**
 * The other paginated listings (news, an author, a topic), as lib/reader/listings.next.ts describes them.
 * Typed by shape so lib/seo does not depend on the reader's loaders.
 */
export type ListingForMetadata = {
  title: string;
  basePath: string;
  edition: EditionInfo;
  posts: { page: number };
  author?: Author;
  tag?: Tag & { description?: string };
};

export function listingMetadata(listing: ListingForMetadata, siteUrl: string): Metadata {
  const page = listing.posts.page;
  const e = listing.edition;
  if (listing.author) return authorMetadata(listing.author, page, siteUrl, e);
  if (listing.tag) return topicMetadata(listing.tag, page, siteUrl, e);
  const url = absoluteUrl(siteUrl, page > 1 ? `${listing.basePath}/page/${page}` : listing.basePath);
  const title = pagedTitle(listing.title, page, e.lang);
  const description = e.tagline;
  return {
    title,
    description,
    alternates: { canonical: url, types: feedAlternates(siteUrl, e) },
    openGraph: { type: "website", url, title, description, siteName: e.siteName, locale: ogLocale(e.lang) },
    twitter: twitter(siteUrl, null),
  };
}

/** A topic (/tags/<slug>) or one of its archive pages: its description, and its own feeds advertised first. */
export function topicMetadata(tag: Tag & { description?: string }, page: number, siteUrl: string, e: EditionInfo): Metadata {
  const url = absoluteUrl(siteUrl, topicPath(tag.slug, e.code, page));
  const title = pagedTitle(tag.name, page, e.lang);
  const description = tag.description || ui(e.lang).topicFallbackDescription.replace("{topic}", tag.name).replace("{site}", e.siteName);
  const feed: OwnFeed = { title: tag.name, path: (format) => topicFeedPath(tag.slug, e.code, format) };
  return {
    title,
    description,
    alternates: { canonical: url, types: feedAlternates(siteUrl, e, undefined, feed) },
    openGraph: { type: "website", url, title, description, siteName: e.siteName, locale: ogLocale(e.lang) },
    twitter: twitter(siteUrl, null),
  };
}

/** An edition's front page; every edition's home lists the others' as its language versions (hreflang). */
export function homeMetadata(e: EditionInfo, siteUrl: string, all: readonly EditionInfo[]): Metadata {
  const url = absoluteUrl(siteUrl, homePath(e.code));
  const languages = Object.fromEntries([
    ...all.map((o) => [o.lang, absoluteUrl(siteUrl, homePath(o.code))]),
    ["x-default", absoluteUrl(siteUrl, homePath(all.find((o) => o.isDefault)!.code))],
  ]);
  return {
    // The home page is the site itself: no "· site name" suffix from the layout's template.
    title: { absolute: e.siteName },
    description: e.tagline,
    alternates: { canonical: url, languages, types: feedAlternates(siteUrl, e) },
    openGraph: {
      type: "website",
      url,
      title: e.siteName,
      description: e.tagline,
      siteName: e.siteName,
      locale: ogLocale(e.lang),
    },
    twitter: twitter(siteUrl, null),
  };
}

import { editionOfLanguage, editionPath } from "./editions/paths";

/**
 * Public URLs of the site, built in one place so canonical links, feeds and structured data agree with each
 * other and with the routes in app/. Paths are site-relative; `absoluteUrl` joins them to the origin.
 */

/** The origin without trailing slashes: callers pass `config().siteUrl` or `siteUrl("")`, which ends in "/". */
export function origin(siteUrl: string): string {
  return siteUrl.replace(/\/+$/, "");
}

/**
 * An absolute URL for a site path (or an already absolute URL, such as an image on a CDN). Goes through URL so
 * non-ASCII slugs come out percent-encoded, as feed readers and validators expect.
 */
export function absoluteUrl(siteUrl: string, pathOrUrl: string): string {
  if (/^https?:\/\//i.test(pathOrUrl)) return new URL(pathOrUrl).href;
  const path = pathOrUrl.startsWith("/") ? pathOrUrl : `/${pathOrUrl}`;
  return new URL(`${origin(siteUrl)}${path}`).href;
}

/**
 * A site path as a Location header needs it: non-ASCII characters percent-encoded (a header carrying them makes
 * Node refuse the response, a bare 500), escapes already there kept as they are.
 */
export function headerPath(path: string): string {
  const url = new URL(path, "http://site.invalid");
  return `${url.pathname}${url.search}`;
}

/**
 * Every article's canonical page, whatever blog it belongs to, in the edition of its language (/a/<slug> in the
 * default edition, /fa/a/<slug> for a Persian story).
 */
export const articlePath = (slug: string, language: string) => editionPath(editionOfLanguage(language).code, `/a/${slug}`);

/** A blog's listing, in the edition of the blog's language; page 1 has no /page/1 (that URL redirects to this one). */
export const blogPath = (slug: string, language: string, page = 1) =>
  editionPath(editionOfLanguage(language).code, page > 1 ? `/blogs/${slug}/page/${page}` : `/blogs/${slug}`);

/** An author's page in an edition (an author writes for any edition; each lists that edition's stories). */
export const authorPath = (slug: string, edition: string, page = 1) => editionPath(edition, page > 1 ? `/authors/${slug}/page/${page}` : `/authors/${slug}`);

/** A topic (a tag's page of articles) in an edition; page 1 has no /page/1. */
export const topicPath = (slug: string, edition: string, page = 1) => editionPath(edition, page > 1 ? `/tags/${slug}/page/${page}` : `/tags/${slug}`);

/** An edition's news section. */
export const newsPath = (edition: string, page = 1) => editionPath(edition, page > 1 ? `/news/page/${page}` : "/news");

/** An edition's front page, list of blogs, search page and feeds folder. */
export const homePath = (edition: string) => editionPath(edition, "/");
export const blogsPath = (edition: string) => editionPath(edition, "/blogs");
export const searchPagePath = (edition: string) => editionPath(edition, "/search");
export const feedsPath = (edition: string) => editionPath(edition, "/feeds");

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

/** Every article's canonical page, whatever blog it belongs to. */
export const articlePath = (slug: string) => `/a/${slug}`;

/** A blog's listing; page 1 has no /page/1 (that URL redirects to this one). */
export const blogPath = (slug: string, page = 1) => (page > 1 ? `/blogs/${slug}/page/${page}` : `/blogs/${slug}`);

export const authorPath = (slug: string, page = 1) => (page > 1 ? `/authors/${slug}/page/${page}` : `/authors/${slug}`);

/** A topic (a tag's page of articles); page 1 has no /page/1. */
export const topicPath = (slug: string, page = 1) => (page > 1 ? `/tags/${slug}/page/${page}` : `/tags/${slug}`);

/**
 * URL allowlists for links and images in article bodies. Anything not explicitly allowed is refused, so
 * obfuscations of `javascript:` (mixed case, embedded tabs or newlines, leading spaces, entities that the
 * Markdown parser has already decoded) cannot slip through a blocklist.
 */

/** Characters browsers ignore or strip inside a URL scheme, plus invisible format characters. */
const IGNORED = /[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff]/g;

export type SafeLink = {
  href: string;
  /** Absolute http(s) link to a host other than the site's: gets rel="noopener noreferrer". */
  external: boolean;
};

/** `/path` but not `//host` or `/\host`, which browsers treat as another origin. */
function isSiteRelative(url: string): boolean {
  return url.startsWith("/") && !/^\/[/\\]/.test(url);
}

function parseHttp(url: string, protocols: string[]): URL | null {
  try {
    const parsed = new URL(url);
    return protocols.includes(parsed.protocol) && parsed.host !== "" ? parsed : null;
  } catch {
    return null;
  }
}

/** Returns a safe href for a Markdown link, or null when the link must render as plain text. */
export function safeLink(url: string, siteUrl: string): SafeLink | null {
  const cleaned = url.replace(IGNORED, "");
  if (cleaned.startsWith("#") || isSiteRelative(cleaned)) return { href: cleaned, external: false };
  const lower = cleaned.toLowerCase();
  if (lower.startsWith("mailto:")) return lower.length > "mailto:".length ? { href: cleaned, external: false } : null;
  if (lower.startsWith("http://") || lower.startsWith("https://")) {
    const parsed = parseHttp(cleaned, ["http:", "https:"]);
    if (!parsed) return null;
    return { href: cleaned, external: parsed.host !== siteHost(siteUrl) };
  }
  return null;
}

/** Returns the image src when it is same-site (`/…`) or https, otherwise null (the image is dropped). */
export function safeImageSrc(url: string): string | null {
  const cleaned = url.replace(IGNORED, "");
  if (isSiteRelative(cleaned)) return cleaned;
  if (cleaned.toLowerCase().startsWith("https://") && parseHttp(cleaned, ["https:"])) return cleaned;
  return null;
}

/** One path segment of a library image: starts with a letter or digit (so never `.` or `..`), no `%` escapes. */
const SEGMENT = "[A-Za-z0-9][A-Za-z0-9._-]*";
const LIBRARY_IMAGE = new RegExp(`^/(?:media/${SEGMENT}|images/(?:${SEGMENT}/)*${SEGMENT})$`);

/**
 * Whether an image address, as written in a body or given as a hero, is from the media library: an upload the
 * site serves from /media/<name> (lib/media) or an image it ships under /images/ (public/images, the demo's).
 * Nothing else counts: no other site path, query or fragment, and never an absolute URL (any host, even this
 * site's own), a protocol-relative `//host`, a `data:` URL, a backslash or an escaped `..`. So a page built from
 * such images makes no request to another site.
 */
export function isLibraryImageSrc(url: string): boolean {
  return LIBRARY_IMAGE.test(url);
}

function siteHost(siteUrl: string): string {
  try {
    return new URL(siteUrl).host;
  } catch {
    return "";
  }
}

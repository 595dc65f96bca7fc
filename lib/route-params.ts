/**
 * Dynamic route segments as values, for every layer that serves a route (lib/reader's pages, lib/feeds' handlers,
 * lib/og's images). It sits at the bottom of lib/ and imports nothing, so any of them may use it.
 */

/** A dynamic route segment as text: decodes percent-escapes (Cyrillic or Persian slugs) once, tolerating bad input. */
export function routeParam(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** A page number from a route segment: a positive integer, or null for anything else (the page then 404s). */
export function pageParam(raw: string): number | null {
  return /^[1-9][0-9]{0,5}$/.test(raw) ? Number(raw) : null;
}

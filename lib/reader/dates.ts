/** Dates as readers see them: the edition's locale, in UTC (pages are cached for everyone, so no local zone). */
export function formatDateTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }).format(new Date(iso)) + " UTC";
}

export function formatDate(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(new Date(iso));
}

/** True when an update is worth showing: more than ten minutes after publication. */
export function meaningfullyUpdated(publishedAt: string | null, updatedAt: string): boolean {
  if (!publishedAt) return false;
  return new Date(updatedAt).getTime() - new Date(publishedAt).getTime() > 10 * 60 * 1000;
}

/** Names as a list in the locale's own way ("A, B and C"; Persian "A، B و C"). */
export function formatNames(names: string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: "long", type: "conjunction" }).format(names);
}

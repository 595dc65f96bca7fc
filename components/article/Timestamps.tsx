import { formatDateTime, meaningfullyUpdated } from "@/lib/reader/dates";
import type { UiStrings } from "@/lib/i18n/ui";

export function Timestamps({ publishedAt, updatedAt, locale, t }: { publishedAt: string | null; updatedAt: string; locale: string; t: UiStrings }) {
  if (!publishedAt) return null;
  return (
    <p className="meta">
      {t.published} <time dateTime={publishedAt}>{formatDateTime(publishedAt, locale)}</time>
      {meaningfullyUpdated(publishedAt, updatedAt) && (
        <>
          {" · "}
          {t.updated} <time dateTime={updatedAt}>{formatDateTime(updatedAt, locale)}</time>
        </>
      )}
    </p>
  );
}

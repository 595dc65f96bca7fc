import type { UiStrings } from "@/lib/i18n/ui";
import { fill } from "@/lib/search/format";
import type { SearchNotice } from "@/lib/search/params";
import { MAX_QUERY_LENGTH, MAX_TERMS, type ParsedQuery } from "@/lib/search/query";

/** What was changed or left out of the search, in plain words: nothing is ignored silently. */
export function SearchNotices({ t, notices, query }: { t: UiStrings; notices: SearchNotice[]; query: ParsedQuery | null }) {
  const s = t.searchPage;
  const lines = notices.map((n) => {
    switch (n.kind) {
      case "badDate":
        return fill(s.badDate, { value: n.value, field: n.field === "from" ? s.from : s.to });
      case "datesSwapped":
        return s.datesSwapped;
      case "unknownBlog":
        return fill(s.unknownBlog, { value: n.value });
      case "unknownLanguage":
        return fill(s.unknownLanguage, { value: n.value });
      case "badPage":
        return fill(s.badPage, { value: n.value });
    }
  });
  if (query?.truncated) lines.unshift(fill(s.truncated, { max: MAX_QUERY_LENGTH }));
  if (query?.droppedTerms) lines.unshift(fill(s.droppedTerms, { max: MAX_TERMS }));
  if (lines.length === 0) return null;
  return (
    <ul aria-label={s.notices} className="mt-4 space-y-1 border-s-4 border-accent bg-wash px-4 py-3">
      {lines.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  );
}

import type { AuthorRef } from "@/lib/content/types";
import type { UiStrings } from "@/lib/i18n/ui";
import { authorPath } from "@/lib/urls";

/** `edition`: the code of the edition whose author pages the names link to (the article's). */
export function Byline({ authors, edition, t }: { authors: AuthorRef[]; edition: string; t: UiStrings }) {
  if (authors.length === 0) return null;
  return (
    <p className="font-semibold">
      {t.by}{" "}
      {authors.map((a, i) => (
        <span key={a.slug}>
          {i > 0 && (i === authors.length - 1 ? ` ${t.and} ` : ", ")}
          <a href={authorPath(a.slug, edition)} rel="author">{a.name}</a>
        </span>
      ))}
    </p>
  );
}

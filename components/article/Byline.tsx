import type { AuthorRef } from "@/lib/content/types";
import type { UiStrings } from "@/lib/i18n/ui";

export function Byline({ authors, t }: { authors: AuthorRef[]; t: UiStrings }) {
  if (authors.length === 0) return null;
  return (
    <p className="font-semibold">
      {t.by}{" "}
      {authors.map((a, i) => (
        <span key={a.slug}>
          {i > 0 && (i === authors.length - 1 ? ` ${t.and} ` : ", ")}
          <a href={`/authors/${a.slug}`} rel="author">{a.name}</a>
        </span>
      ))}
    </p>
  );
}

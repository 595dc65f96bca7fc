import Link from "next/link";
import type { UiStrings } from "@/lib/i18n/ui";

/** Ways forward when nothing matched: spelling, fewer words, without the filters, or browse the sections. */
export function SearchEmpty({ t, removeFiltersHref, blogs }: { t: UiStrings; removeFiltersHref: string | null; blogs: { slug: string; title: string }[] }) {
  const s = t.searchPage;
  return (
    <div className="mt-4">
      <h3 className="font-semibold">{s.suggestions}</h3>
      <ul className="mt-2 list-disc space-y-1 ps-6">
        <li>{s.tipSpelling}</li>
        <li>{s.tipFewerWords}</li>
        {removeFiltersHref && (
          <li>
            <Link href={removeFiltersHref}>{s.removeFilters}</Link>
          </li>
        )}
        <li>{s.tipPrefix}</li>
        <li>
          {s.tipBrowse}: <Link href="/news">{s.latestNews}</Link>, <Link href="/blogs">{s.allBlogs}</Link>
          {blogs.map((b) => (
            <span key={b.slug}>
              , <Link href={`/blogs/${b.slug}`}>{b.title}</Link>
            </span>
          ))}
        </li>
      </ul>
    </div>
  );
}

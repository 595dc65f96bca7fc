import type { UiStrings } from "@/lib/i18n/ui";

/** Ways forward when nothing matched: spelling, fewer words, without the filters, or browse the sections. */
type Props = {
  t: UiStrings;
  removeFiltersHref: string | null;
  blogs: { slug: string; title: string; href: string }[];
  /** The edition's news section and list of blogs. */
  paths: { news: string; blogs: string };
};

export function SearchEmpty({ t, removeFiltersHref, blogs, paths }: Props) {
  const s = t.searchPage;
  return (
    <div className="mt-4">
      <h3 className="font-semibold">{s.suggestions}</h3>
      <ul className="mt-2 list-disc space-y-1 ps-6">
        <li>{s.tipSpelling}</li>
        <li>{s.tipFewerWords}</li>
        {removeFiltersHref && (
          <li>
            <a href={removeFiltersHref}>{s.removeFilters}</a>
          </li>
        )}
        <li>{s.tipPrefix}</li>
        <li>
          {s.tipBrowse}: <a href={paths.news}>{s.latestNews}</a>, <a href={paths.blogs}>{s.allBlogs}</a>
          {blogs.map((b) => (
            <span key={b.slug}>
              , <a href={b.href}>{b.title}</a>
            </span>
          ))}
        </li>
      </ul>
    </div>
  );
}

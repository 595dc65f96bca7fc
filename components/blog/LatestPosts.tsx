import type { LatestItem } from "@/lib/reader/latest-items";

/** A box of recent posts. Presentational, so the article's sidebar island can draw it from its props too. */
export function LatestPosts({ heading, items, id = "latest-posts" }: { heading: string; items: LatestItem[]; id?: string }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={id} className="box">
      <h2 id={id}>{heading}</h2>
      <ul className="box-list">
        {items.map(({ id: key, href, title, dateTime, date, ...lang }) => (
          <li key={key} {...lang}>
            <a href={href}>{title}</a>
            {dateTime && (
              <p className="meta"><time dateTime={dateTime}>{date}</time></p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

"use client";

import type { Direction } from "@/lib/site";

export type RelatedItem = {
  id: number;
  href: string;
  title: string;
  /** Only where the story's language differs from the section's. */
  lang?: string;
  dir?: Direction;
  /** The blog's name, for a blog post. */
  blog?: string;
  /** ISO instant and the date as the reader reads it (formatted on the server, so both sides agree). */
  dateTime?: string;
  date?: string;
  /** A thumbnail's resized copies, 96×64 at 1x and 2x, as `<img srcset>`; its last copy is also the `src`. */
  thumb?: string;
};

/** The last URL of a srcset ("a 1x, b 2x" gives b), as next/image picks for src. */
function lastCopy(srcSet: string): string {
  return srcSet.split(",").at(-1)!.trim().split(/\s+/)[0];
}

type Props = { heading: string; lang?: string; dir?: Direction; items: RelatedItem[] };

/**
 * Related stories below an article (components/article/RelatedStories.tsx prepares them). A client component
 * although nothing in it is interactive: its payload is the stories' data, not their markup, which a server
 * component would send twice (decision 028).
 */
export function RelatedList({ heading, lang, dir, items }: Props) {
  return (
    <section aria-labelledby="related-stories" lang={lang} dir={dir} className="related no-print">
      <h2 id="related-stories">{heading}</h2>
      <ul>
        {items.map((a) => (
          <li key={a.id} lang={a.lang} dir={a.dir}>
            {a.thumb && (
              // eslint-disable-next-line @next/next/no-img-element -- next/image's markup, made on the server (imageAttrs)
              <img src={lastCopy(a.thumb)} srcSet={a.thumb} width={96} height={64} alt="" loading="lazy" decoding="async" className="thumb" />
            )}
            <div className="min-w-0">
              <a href={a.href}>{a.title}</a>
              {a.dateTime && (
                <p className="meta">
                  {a.blog && <span>{a.blog} · </span>}
                  <time dateTime={a.dateTime}>{a.date}</time>
                </p>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

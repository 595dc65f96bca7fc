import type { Tag } from "@/lib/content/types";
import type { UiStrings } from "@/lib/i18n/ui";
import { topicPath } from "@/lib/urls";

/** The article's tags, each a link to its topic page in the article's edition (/tags/<slug>, /fa/tags/<slug>), where the topic's other stories and feed are. */
export function TagList({ tags, edition, t }: { tags: Tag[]; edition: string; t: UiStrings }) {
  if (tags.length === 0) return null;
  return (
    <section aria-labelledby="article-tags" className="end-section">
      <h2 id="article-tags">{t.tags}</h2>
      <ul className="pill-list">
        {tags.map((tag) => (
          <li key={tag.slug}>
            <a href={topicPath(tag.slug, edition)} className="pill">
              {tag.name}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

import type { Topic } from "@/lib/content/topics";
import { topicFeedPath } from "@/lib/feeds/paths";
import type { UiStrings } from "@/lib/i18n/ui";

/** Under a topic's title: its description when it has one, and plain links to its feeds (no script, no widget). */
export function TopicIntro({ topic, edition, t }: { topic: Topic; edition: string; t: UiStrings }) {
  const link = "inline-flex min-h-11 items-center underline underline-offset-4 hover:no-underline";
  return (
    <>
      {topic.description && <p className="mt-2 text-lg text-muted">{topic.description}</p>}
      <p className="mt-2 flex flex-wrap items-center gap-x-4">
        <a href={topicFeedPath(topic.slug, edition, "rss")} type="application/rss+xml" className={`${link} font-semibold`}>
          {t.subscribeToTopic}
        </a>
        <a href={topicFeedPath(topic.slug, edition, "atom")} type="application/atom+xml" className={`${link} text-sm text-muted`}>
          {t.atom}
        </a>
      </p>
    </>
  );
}

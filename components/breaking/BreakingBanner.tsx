import { BreakingTicker } from "@/components/islands/BreakingTicker";
import type { LiveBreaking } from "@/lib/breaking/types";
import type { UiStrings } from "@/lib/i18n/ui";

/** The breaking-news strip of every reader page: the edition's (`lang`) live items in the first HTML, kept current in the browser. */
export function BreakingBanner({ items, pollSeconds, lang, t }: { items: LiveBreaking[]; pollSeconds: number; lang: string; t: UiStrings }) {
  const labels = { breakingNews: t.breakingNews, developing: t.developing, breakingUpdates: t.breakingUpdates, dismiss: t.dismiss, more: t.breakingMore };
  return <BreakingTicker initial={items} pollMs={pollSeconds * 1000} lang={lang} labels={labels} />;
}

import { BreakingTicker } from "@/components/islands/BreakingTicker";
import type { LiveBreaking } from "@/lib/breaking/types";
import type { UiStrings } from "@/lib/i18n/ui";

/** The breaking-news strip of every reader page: the live items in the first HTML, kept current in the browser. */
export function BreakingBanner({ items, pollSeconds, t }: { items: LiveBreaking[]; pollSeconds: number; t: UiStrings }) {
  const labels = { breakingNews: t.breakingNews, developing: t.developing, breakingUpdates: t.breakingUpdates, dismiss: t.dismiss, more: t.breakingMore };
  return <BreakingTicker initial={items} pollMs={pollSeconds * 1000} labels={labels} />;
}

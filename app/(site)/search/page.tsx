import type { Metadata } from "next";
import { ui } from "@/lib/i18n/ui";

export const metadata: Metadata = { title: ui().search, robots: { index: false } };

/**
 * The search page's frame. Full-text search over published articles arrives with the discovery issue; until
 * then the page says so plainly rather than pretending to have no results.
 */
export default function SearchPage() {
  const t = ui();
  return (
    <div className="max-w-3xl">
      <h1 className="font-serif text-3xl font-bold sm:text-4xl">{t.search}</h1>
      <p className="mt-4 text-lg">Site search is not available yet. Browse the latest news or a blog from the menu, or subscribe to a feed.</p>
    </div>
  );
}

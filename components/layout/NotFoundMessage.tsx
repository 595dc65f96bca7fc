import { NotFoundText } from "@/components/islands/NotFoundText";
import type { UiStrings } from "@/lib/i18n/ui";

/** The not-found message in the reader's language: only its three labels go to the island. */
export function NotFoundMessage({ t }: { t: UiStrings }) {
  const { notFoundTitle, notFoundText, backHome } = t;
  return <NotFoundText t={{ notFoundTitle, notFoundText, backHome }} />;
}

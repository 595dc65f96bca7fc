import { NotFoundMessage } from "@/components/layout/NotFoundMessage";
import { ui } from "@/lib/i18n/ui";
import { defaultLanguage } from "@/lib/site";

/**
 * notFound() outside the reader site (the newsroom): the bare message. Kept small on purpose: this boundary is sent
 * with every page. Unmatched URLs get app/global-not-found.tsx; reader pages app/(site)/not-found.tsx.
 */
export default function NotFound() {
  return <NotFoundMessage t={ui(defaultLanguage)} />;
}

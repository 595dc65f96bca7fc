import { NotFoundMessage } from "@/components/layout/NotFoundMessage";
import { ui } from "@/lib/i18n/ui";
import { defaultLanguage } from "@/lib/site";

/** notFound() from a reader page: the message inside the site layout that is already around it. */
export default function SiteNotFound() {
  return <NotFoundMessage t={ui(defaultLanguage)} />;
}

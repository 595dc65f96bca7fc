import { NotFoundMessage } from "@/components/layout/NotFoundMessage";
import { ui } from "@/lib/i18n/ui";
import { defaultLanguage } from "@/lib/site";

/**
 * notFound() from a reader page: the message inside the edition's layout that is already around it. A not-found
 * boundary gets no params, so it speaks the default edition's language; the frame around it is the edition's.
 */
export default function SiteNotFound() {
  return <NotFoundMessage t={ui(defaultLanguage)} />;
}

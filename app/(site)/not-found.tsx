import { NotFoundMessage } from "@/components/layout/NotFoundMessage";
import { ui } from "@/lib/i18n/ui";

/** notFound() from a reader page: the message inside the site layout that is already around it. */
export default function SiteNotFound() {
  return <NotFoundMessage t={ui()} />;
}

import { SiteFrame } from "@/components/layout/SiteFrame";
import { NotFoundMessage } from "@/components/layout/NotFoundMessage";
import { readBlogs } from "@/lib/content/reader.next";
import { ui } from "@/lib/i18n/ui";
import { defaultLanguage, site } from "@/lib/site";

/** Unknown URLs and notFound() from any page: a 404 in the site's own frame. */
export default async function NotFound() {
  const t = ui(defaultLanguage);
  return (
    <SiteFrame t={t} siteName={site.name} tagline={site.tagline} blogs={await readBlogs()}>
      <NotFoundMessage t={t} />
    </SiteFrame>
  );
}

import { BreakingBanner } from "@/components/breaking/BreakingBanner";
import { SiteFrame } from "@/components/layout/SiteFrame";
import { NotFoundMessage } from "@/components/layout/NotFoundMessage";
import { ui } from "@/lib/i18n/ui";
import { loadFrame } from "@/lib/reader/frame.next";
import { defaultLanguage, site } from "@/lib/site";

/** Unknown URLs: a 404 in the site's own frame. (notFound() inside reader pages uses app/(site)/not-found.tsx.) */
export default async function NotFound() {
  const t = ui(defaultLanguage);
  const { blogs, breaking, pollSeconds } = await loadFrame();
  return (
    <SiteFrame t={t} siteName={site.name} tagline={site.tagline} blogs={blogs} banner={<BreakingBanner items={breaking} pollSeconds={pollSeconds} t={t} />}>
      <NotFoundMessage t={t} />
    </SiteFrame>
  );
}

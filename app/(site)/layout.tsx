import type { ReactNode } from "react";
import { BreakingBanner } from "@/components/breaking/BreakingBanner";
import { SiteFrame } from "@/components/layout/SiteFrame";
import { ui } from "@/lib/i18n/ui";
import { loadFrame } from "@/lib/reader/frame.next";
import { defaultLanguage, site } from "@/lib/site";

export default async function SiteLayout({ children }: { children: ReactNode }) {
  const t = ui(defaultLanguage);
  const { blogs, breaking, pollSeconds } = await loadFrame();
  return (
    <SiteFrame t={t} siteName={site.name} tagline={site.tagline} blogs={blogs} banner={<BreakingBanner items={breaking} pollSeconds={pollSeconds} t={t} />}>
      {children}
    </SiteFrame>
  );
}

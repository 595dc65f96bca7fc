import type { ReactNode } from "react";
import { BreakingBanner } from "@/components/breaking/BreakingBanner";
import { HtmlDocument } from "@/components/layout/HtmlDocument";
import { SiteFrame } from "@/components/layout/SiteFrame";
import { ui } from "@/lib/i18n/ui";
import { loadFrame } from "@/lib/reader/frame.next";
import { rootMetadata, rootViewport } from "@/lib/seo/root.next";
import { defaultLanguage, edition, site } from "@/lib/site";
import "../globals.css";

/** The default edition's root layout: its <html lang dir>, and the reader's frame around every page. */
export const metadata = rootMetadata(site.name, site.tagline);
export const viewport = rootViewport;

export default async function SiteLayout({ children }: { children: ReactNode }) {
  const t = ui(defaultLanguage);
  const { blogs, breaking, pollSeconds } = await loadFrame();
  return (
    <HtmlDocument edition={edition(defaultLanguage)}>
      <SiteFrame t={t} siteName={site.name} tagline={site.tagline} blogs={blogs} banner={<BreakingBanner items={breaking} pollSeconds={pollSeconds} t={t} />}>
        {children}
      </SiteFrame>
    </HtmlDocument>
  );
}

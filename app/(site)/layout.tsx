import type { ReactNode } from "react";
import { SiteFrame } from "@/components/layout/SiteFrame";
import { readBlogs } from "@/lib/content/reader.next";
import { ui } from "@/lib/i18n/ui";
import { defaultLanguage, site } from "@/lib/site";

export default async function SiteLayout({ children }: { children: ReactNode }) {
  const blogs = await readBlogs();
  return (
    <SiteFrame t={ui(defaultLanguage)} siteName={site.name} tagline={site.tagline} blogs={blogs}>
      {children}
    </SiteFrame>
  );
}

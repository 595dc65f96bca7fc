import type { ReactNode } from "react";
import type { UiStrings } from "@/lib/i18n/ui";
import type { Blog } from "@/lib/content/types";
import { SkipLinks } from "./SkipLinks";
import { SiteHeader } from "./SiteHeader";
import { SiteFooter } from "./SiteFooter";

/** The reader's page frame: skip links first, header with navigation and search, breaking news, main, footer. */
export function SiteFrame(props: { t: UiStrings; siteName: string; tagline: string; blogs: Blog[]; banner: ReactNode; children: ReactNode }) {
  const { t, siteName, tagline, blogs, banner, children } = props;
  return (
    <>
      <SkipLinks t={t} />
      <SiteHeader t={t} siteName={siteName} tagline={tagline} blogs={blogs} />
      {banner}
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl px-4 py-6">
        {children}
      </main>
      <SiteFooter t={t} siteName={siteName} />
    </>
  );
}

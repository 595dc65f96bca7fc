import type { Metadata } from "next";
import { BreakingBanner } from "@/components/breaking/BreakingBanner";
import { HtmlDocument } from "@/components/layout/HtmlDocument";
import { NotFoundMessage } from "@/components/layout/NotFoundMessage";
import { SiteFrame } from "@/components/layout/SiteFrame";
import { ui } from "@/lib/i18n/ui";
import { loadFrame } from "@/lib/reader/frame.next";
import { defaultLanguage, edition, site } from "@/lib/site";
import "./globals.css";

/**
 * Unmatched URLs: a 404 in the site's own frame, rendered on its own (experimental.globalNotFound), outside the
 * root layout. As app/not-found.tsx this frame was sent inside every page's RSC payload, about 4 KB each
 * (issue 12); notFound() from reader pages uses app/(site)/not-found.tsx inside the layout already there.
 */
export const metadata: Metadata = { title: `${ui(defaultLanguage).notFoundTitle} · ${site.name}` };

export default async function GlobalNotFound() {
  const t = ui(defaultLanguage);
  const { blogs, breaking, pollSeconds } = await loadFrame();
  return (
    <HtmlDocument edition={edition(defaultLanguage)}>
      <SiteFrame t={t} siteName={site.name} tagline={site.tagline} blogs={blogs} banner={<BreakingBanner items={breaking} pollSeconds={pollSeconds} t={t} />}>
        <NotFoundMessage t={t} />
      </SiteFrame>
    </HtmlDocument>
  );
}

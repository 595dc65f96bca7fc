import type { Metadata } from "next";
import { BreakingBanner } from "@/components/breaking/BreakingBanner";
import { HtmlDocument } from "@/components/layout/HtmlDocument";
import { NotFoundMessage } from "@/components/layout/NotFoundMessage";
import { SiteFrame } from "@/components/layout/SiteFrame";
import { ui } from "@/lib/i18n/ui";
import { loadFrame } from "@/lib/reader/frame.next";
import { defaultEdition } from "@/lib/editions/registry";
import "./globals.css";

/**
 * Unmatched URLs (an unknown edition code among them): a 404 in the default edition's frame, rendered on its own (experimental.globalNotFound), outside the
 * root layout. As app/not-found.tsx this frame was sent inside every page's RSC payload, about 4 KB each
 * (issue 12); notFound() from reader pages uses app/(site)/not-found.tsx inside the layout already there.
 */
export const metadata: Metadata = { title: `${ui(defaultEdition.lang).notFoundTitle} · ${defaultEdition.siteName}` };

export default async function GlobalNotFound() {
  const e = defaultEdition;
  const t = ui(e.lang);
  const { blogs, breaking, pollSeconds } = await loadFrame(e);
  return (
    <HtmlDocument edition={e}>
      <SiteFrame edition={e} t={t} blogs={blogs} banner={<BreakingBanner items={breaking} pollSeconds={pollSeconds} lang={e.lang} t={t} />}>
        <NotFoundMessage t={t} />
      </SiteFrame>
    </HtmlDocument>
  );
}

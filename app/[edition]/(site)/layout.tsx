import type { ReactNode } from "react";
import { BreakingBanner } from "@/components/breaking/BreakingBanner";
import { SiteFrame } from "@/components/layout/SiteFrame";
import { ui } from "@/lib/i18n/ui";
import { editionFromParams } from "@/lib/reader/edition-param.next";
import { loadFrame } from "@/lib/reader/frame.next";

/**
 * The reader's frame around every page of an edition, in its language: skip links, header, breaking news, footer.
 * The header's edition switcher comes from the @switcher slot: the story's versions on an article, the other
 * editions' homes elsewhere.
 */
type Props = { children: ReactNode; switcher: ReactNode; params: Promise<{ edition: string }> };

export default async function ReaderFrame({ children, switcher, params }: Props) {
  const e = await editionFromParams(params);
  const t = ui(e.lang);
  const { blogs, breaking, pollSeconds } = await loadFrame(e);
  return (
    <SiteFrame edition={e} t={t} blogs={blogs} switcher={switcher} banner={<BreakingBanner items={breaking} pollSeconds={pollSeconds} lang={e.lang} t={t} />}>
      {children}
    </SiteFrame>
  );
}

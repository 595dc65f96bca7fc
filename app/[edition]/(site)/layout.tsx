import type { ReactNode } from "react";
import { BreakingBanner } from "@/components/breaking/BreakingBanner";
import { SiteFrame } from "@/components/layout/SiteFrame";
import { EditionSwitcher } from "@/components/layout/EditionSwitcher";
import { ui } from "@/lib/i18n/ui";
import { editionFromParams } from "@/lib/reader/edition-param.next";
import { loadFrame } from "@/lib/reader/frame.next";
import { editionLinks } from "@/lib/reader/edition-switcher";

/**
 * The reader's frame around every page of an edition, in its language: skip links, header, breaking news, footer.
 * The header's edition switcher leads to the other editions' homes; an article's versions are its "Also in" links.
 * (An @switcher slot that led to the versions added about 3 KB of RSC payload to every article: decision 029.)
 */
type Props = { children: ReactNode; params: Promise<{ edition: string }> };

export default async function ReaderFrame({ children, params }: Props) {
  const e = await editionFromParams(params);
  const t = ui(e.lang);
  const { blogs, breaking, pollSeconds } = await loadFrame(e);
  return (
    <SiteFrame edition={e} t={t} blogs={blogs} switcher={<EditionSwitcher links={editionLinks(e)} label={t.editionsNav} />} banner={<BreakingBanner items={breaking} pollSeconds={pollSeconds} lang={e.lang} t={t} />}>
      {children}
    </SiteFrame>
  );
}

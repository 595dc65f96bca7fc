import type { Metadata } from "next";
import type { ReactNode } from "react";
import { BreakingBanner } from "@/components/breaking/BreakingBanner";
import { HtmlDocument } from "@/components/layout/HtmlDocument";
import { SiteFrame } from "@/components/layout/SiteFrame";
import { editionList } from "@/lib/editions/registry";
import { editionOfParam } from "@/lib/editions/paths";
import { ui } from "@/lib/i18n/ui";
import { editionFromParams } from "@/lib/reader/edition-param.next";
import { loadFrame } from "@/lib/reader/frame.next";
import { rootMetadata, rootViewport } from "@/lib/seo/root.next";
import "../globals.css";

/**
 * Every reader page's root layout, one per edition (decision 029): its <html lang dir> and the reader's frame in
 * the edition's language. The default edition's URLs (/, /news, /a/<slug>) reach it through the rewrites in
 * next.config.ts; the others are under their code (/fa, /fa/news).
 */
type Props = { children: ReactNode; params: Promise<{ edition: string }> };

export const viewport = rootViewport;
// Each edition's pages are prerendered where their routes allow. Any other first segment (/xx) is not refused
// here (dynamicParams = false would be inherited by every dynamic route below, and refuse every article not
// prerendered): the layout answers 404 for it, in the default edition's frame (app/global-not-found.tsx).
export function generateStaticParams() {
  return editionList.map((e) => ({ edition: e.code }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const e = editionOfParam((await params).edition);
  return e ? rootMetadata(e.siteName, e.tagline) : {};
}

export default async function EditionLayout({ children, params }: Props) {
  const e = await editionFromParams(params);
  const t = ui(e.lang);
  const { blogs, breaking, pollSeconds } = await loadFrame(e);
  return (
    <HtmlDocument edition={e}>
      <SiteFrame edition={e} t={t} blogs={blogs} banner={<BreakingBanner items={breaking} pollSeconds={pollSeconds} lang={e.lang} t={t} />}>
        {children}
      </SiteFrame>
    </HtmlDocument>
  );
}

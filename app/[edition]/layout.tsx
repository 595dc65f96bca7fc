import type { Metadata } from "next";
import type { ReactNode } from "react";
import { HtmlDocument } from "@/components/layout/HtmlDocument";
import { editionList } from "@/lib/editions/registry";
import { editionOfParam } from "@/lib/editions/paths";
import { editionFromParams } from "@/lib/reader/edition-param.next";
import { rootMetadata, rootViewport } from "@/lib/seo/root.next";
import "../globals.css";

/**
 * Every reader page's root layout, one per edition (decision 029): its <html lang dir> and the stylesheet. The
 * reader's frame is one level down, in (site)/layout.tsx (a root layout with a second slot would make Next wrap it
 * in a 404 boundary of its own, which swallowed every notFound()). The default edition's URLs (/, /news,
 * /a/<slug>) reach it through the rewrites in next.config.ts; the others are under their code (/fa, /fa/news).
 */
type Props = { children: ReactNode; params: Promise<{ edition: string }> };

export const viewport = rootViewport;
// Each edition's pages are prerendered where their routes allow. Any other first segment (/xx) is not refused
// here (dynamicParams = false would be inherited by every dynamic route below, and refuse every article not
// prerendered): next.config.ts sends it to the 404 in the default edition's frame (app/global-not-found.tsx).
export function generateStaticParams() {
  return editionList.map((e) => ({ edition: e.code }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const e = editionOfParam((await params).edition);
  return e ? rootMetadata(e.siteName, e.tagline) : {};
}

export default async function EditionLayout({ children, params }: Props) {
  return <HtmlDocument edition={await editionFromParams(params)}>{children}</HtmlDocument>;
}

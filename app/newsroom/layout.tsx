import type { Metadata } from "next";
import type { ReactNode } from "react";
import { HtmlDocument } from "@/components/layout/HtmlDocument";
import { NewsroomFrame } from "@/components/newsroom/NewsroomFrame";
import { ui } from "@/lib/i18n/ui";
import { rootViewport } from "@/lib/seo/root.next";
import { defaultLanguage, edition } from "@/lib/site";
import { currentSession } from "@/lib/newsroom/console.next";
import "../globals.css";

// Per-person pages: rendered on every request, never cached or indexed. Each page checks the session itself
// (requireSession), because a layout is not re-run on every navigation.
export const dynamic = "force-dynamic";

export const viewport = rootViewport;

/** The newsroom's own root layout (each tree has one, so a reader edition can set its own <html lang dir>). */
export const metadata: Metadata = {
  title: { default: "Newsroom", template: "%s · Newsroom" },
  robots: { index: false, follow: false },
};

export default async function NewsroomLayout({ children }: { children: ReactNode }) {
  return (
    <HtmlDocument edition={edition(defaultLanguage)}>
      <NewsroomFrame t={ui(defaultLanguage)} user={await currentSession()}>
        {children}
      </NewsroomFrame>
    </HtmlDocument>
  );
}

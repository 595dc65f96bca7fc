import type { Metadata } from "next";
import type { ReactNode } from "react";
import { NewsroomFrame } from "@/components/newsroom/NewsroomFrame";
import { ui } from "@/lib/i18n/ui";
import { defaultLanguage } from "@/lib/site";
import { currentSession } from "@/lib/newsroom/console.next";

// Per-person pages: rendered on every request, never cached or indexed. Each page checks the session itself
// (requireSession), because a layout is not re-run on every navigation.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "Newsroom", template: "%s · Newsroom" },
  robots: { index: false, follow: false },
};

export default async function NewsroomLayout({ children }: { children: ReactNode }) {
  return (
    <NewsroomFrame t={ui(defaultLanguage)} user={await currentSession()}>
      {children}
    </NewsroomFrame>
  );
}

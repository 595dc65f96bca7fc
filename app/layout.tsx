import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { HtmlDocument } from "@/components/layout/HtmlDocument";
import { config } from "@/lib/config";
import { defaultLanguage, edition, site } from "@/lib/site";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(config().siteUrl),
  title: { default: site.name, template: `%s · ${site.name}` },
  description: site.tagline,
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0b3a63" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return <HtmlDocument edition={edition(defaultLanguage)}>{children}</HtmlDocument>;
}

import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { ReaderPrefsScript } from "@/components/layout/ReaderPrefsScript";
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
  const ed = edition(defaultLanguage);
  // The inline script sets data-text-size and the js class before paint; React must not warn about them.
  return (
    <html lang={ed.lang} dir={ed.dir} suppressHydrationWarning>
      <head>
        <ReaderPrefsScript />
      </head>
      <body className="flex min-h-screen flex-col font-sans antialiased">{children}</body>
    </html>
  );
}

import type { ReactNode } from "react";
import { ReaderPrefsScript } from "@/components/islands/ReaderPrefsScript";
import type { Edition } from "@/lib/site";

/** The <html> and <body> every page sits in: the root layout's, and the 404 for unmatched URLs, which has none. */
export function HtmlDocument({ edition, children }: { edition: Edition; children: ReactNode }) {
  // The inline script sets data-text-size and the js class before paint; React must not warn about them.
  return (
    <html lang={edition.lang} dir={edition.dir} suppressHydrationWarning>
      {/* eslint-disable-next-line @next/next/no-head-element -- the app router's own <head>, as in app/layout.tsx */}
      <head>
        <ReaderPrefsScript />
      </head>
      <body className="flex min-h-screen flex-col font-sans antialiased">{children}</body>
    </html>
  );
}

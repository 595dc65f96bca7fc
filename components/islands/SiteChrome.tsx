"use client";

import type { ReactNode } from "react";
import { SiteFooter, type FooterLabels } from "@/components/layout/SiteFooter";
import { SiteHeader, type HeaderLabels, type HeaderLinks, type NavLink } from "@/components/layout/SiteHeader";
import { SkipLinks, type SkipLinkLabels } from "@/components/layout/SkipLinks";

export type ChromeLabels = SkipLinkLabels & HeaderLabels & FooterLabels;
/** The edition's own paths: its home, search page, feeds folder and list of blogs, and the other editions' homes. */
export type ChromeLinks = HeaderLinks & { feeds: string; blogs: string };

type Props = {
  t: ChromeLabels;
  siteName: string;
  tagline: string;
  nav: NavLink[];
  links: ChromeLinks;
  year: number;
  /** Breaking news, between the header and the main content. */
  banner: ReactNode;
  children: ReactNode;
};

/**
 * The frame of every reader page: skip links, header with search and navigation, breaking news, main, footer.
 * A client component although nothing in it is interactive (the breaking strip inside is its own island): a
 * server component's markup is sent twice, as HTML and again in the RSC payload, while a client component's
 * payload is only its props, here a name, a tagline, a dozen links and fifteen labels: about a fifth of the
 * frame's markup, on every page (decision 028). Its code is loaded once and cached.
 */
export function SiteChrome({ t, siteName, tagline, nav, links, year, banner, children }: Props) {
  return (
    <>
      <SkipLinks t={t} />
      <SiteHeader t={t} siteName={siteName} tagline={tagline} nav={nav} links={links} />
      {banner}
      <main id="main" tabIndex={-1} className="site-main">
        {children}
      </main>
      <SiteFooter t={t} siteName={siteName} year={year} feeds={links.feeds} blogs={links.blogs} />
    </>
  );
}

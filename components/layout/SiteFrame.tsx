import type { ReactNode } from "react";
import type { UiStrings } from "@/lib/i18n/ui";
import type { Blog } from "@/lib/content/types";
import { SiteChrome, type ChromeLabels } from "@/components/islands/SiteChrome";
import { site } from "@/lib/site";

/** The reader's page frame (components/islands/SiteChrome.tsx), given only the words and links it shows. */
export function SiteFrame(props: { t: UiStrings; siteName: string; tagline: string; blogs: Blog[]; banner: ReactNode; children: ReactNode }) {
  const { t, siteName, tagline, blogs, banner, children } = props;
  const nav = [
    { href: "/", label: t.home },
    { href: "/news", label: t.news },
    ...blogs.slice(0, site.navBlogs).map((b) => ({ href: `/blogs/${b.slug}`, label: b.title })),
    ...(blogs.length > site.navBlogs ? [{ href: "/blogs", label: t.allBlogs }] : []),
  ];
  return (
    <SiteChrome t={chromeLabels(t)} siteName={siteName} tagline={tagline} nav={nav} year={new Date().getUTCFullYear()} banner={banner}>
      {children}
    </SiteChrome>
  );
}

function chromeLabels(t: UiStrings): ChromeLabels {
  const { accessibilityLinks, skipToMain, skipToNav, skipToSearch, mainNav, searchLabel, searchPlaceholder, search, footerFeeds, rss, atom, blogs } = t;
  return { accessibilityLinks, skipToMain, skipToNav, skipToSearch, mainNav, searchLabel, searchPlaceholder, search, footerFeeds, rss, atom, blogs };
}

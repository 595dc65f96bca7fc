import type { ReactNode } from "react";
import type { UiStrings } from "@/lib/i18n/ui";
import type { Blog } from "@/lib/content/types";
import type { EditionInfo } from "@/lib/editions/registry";
import { editionList } from "@/lib/editions/registry";
import { SiteChrome, type ChromeLabels, type ChromeLinks } from "@/components/islands/SiteChrome";
import { blogPath, blogsPath, feedsPath, homePath, newsPath, searchPagePath } from "@/lib/urls";
import { site } from "@/lib/site";

/**
 * The reader's page frame of one edition (components/islands/SiteChrome.tsx), given only the words and links it
 * shows: the edition's name, navigation, search and feeds, and the switcher to the other editions' homes.
 */
export function SiteFrame(props: { edition: EditionInfo; t: UiStrings; blogs: Blog[]; banner: ReactNode; children: ReactNode }) {
  const { edition: e, t, blogs, banner, children } = props;
  const nav = [
    { href: homePath(e.code), label: t.home },
    { href: newsPath(e.code), label: t.news },
    ...blogs.slice(0, site.navBlogs).map((b) => ({ href: blogPath(b.slug, b.language), label: b.title })),
    ...(blogs.length > site.navBlogs ? [{ href: blogsPath(e.code), label: t.allBlogs }] : []),
  ];
  const links: ChromeLinks = {
    home: homePath(e.code),
    search: searchPagePath(e.code),
    feeds: feedsPath(e.code),
    blogs: blogsPath(e.code),
    editions: editionList.filter((o) => o.code !== e.code).map((o) => ({ href: homePath(o.code), label: o.label, lang: o.lang })),
  };
  return (
    <SiteChrome t={chromeLabels(t)} siteName={e.siteName} tagline={e.tagline} nav={nav} links={links} year={new Date().getUTCFullYear()} banner={banner}>
      {children}
    </SiteChrome>
  );
}

function chromeLabels(t: UiStrings): ChromeLabels {
  const { accessibilityLinks, skipToMain, skipToNav, skipToSearch, mainNav, searchLabel, searchPlaceholder, search, footerFeeds, rss, atom, blogs, editionsNav } = t;
  return { accessibilityLinks, skipToMain, skipToNav, skipToSearch, mainNav, searchLabel, searchPlaceholder, search, footerFeeds, rss, atom, blogs, editionsNav };
}

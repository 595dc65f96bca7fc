import { ArticleSidebarBoxes } from "@/components/islands/ArticleSidebarBoxes";
import type { ArticleSummary, Blog } from "@/lib/content/types";
import { ui } from "@/lib/i18n/ui";
import { latestItems } from "@/lib/reader/latest-items";
import { blogFeedBase, siteFeedBase } from "@/lib/feeds/paths";
import type { EditionInfo } from "@/lib/editions/registry";
import { edition } from "@/lib/site";

/**
 * Beside an article: the blog's About This Blog, Subscribe and Latest Posts (or the news section's latest), in the
 * words of the article's edition (`page`).
 */
export function ArticleSidebar({ blog, latest, page }: { blog: Blog | null; latest: ArticleSummary[]; page: EditionInfo }) {
  const t = ui(page.lang);
  const locale = edition(blog?.language ?? page.lang).locale;
  return (
    <ArticleSidebarBoxes
      {...(blog ? { about: { heading: t.aboutThisBlog, text: blog.about } } : {})}
      subscribe={{ feedBase: blog ? blogFeedBase(blog.slug, blog.language) : siteFeedBase(page.code), title: blog?.title ?? page.siteName, t: { subscribe: t.subscribe, rss: t.rss, atom: t.atom } }}
      latest={{ heading: blog ? t.latestPosts : t.latestNews, items: latestItems(latest, locale, page) }}
    />
  );
}

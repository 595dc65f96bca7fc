import { ArticleSidebarBoxes } from "@/components/islands/ArticleSidebarBoxes";
import type { ArticleSummary, Blog } from "@/lib/content/types";
import { ui } from "@/lib/i18n/ui";
import { latestItems } from "@/lib/reader/latest-items";
import { edition, defaultLanguage } from "@/lib/site";

/** Beside an article: the blog's About This Blog, Subscribe and Latest Posts (or the news section's latest). */
export function ArticleSidebar({ blog, latest, siteName }: { blog: Blog | null; latest: ArticleSummary[]; siteName: string }) {
  const t = ui(defaultLanguage);
  const locale = edition(blog?.language ?? defaultLanguage).locale;
  return (
    <ArticleSidebarBoxes
      {...(blog ? { about: { heading: t.aboutThisBlog, text: blog.about } } : {})}
      subscribe={{ feedBase: blog ? `/feeds/blogs/${blog.slug}` : "/feeds", title: blog?.title ?? siteName, t: { subscribe: t.subscribe, rss: t.rss, atom: t.atom } }}
      latest={{ heading: blog ? t.latestPosts : t.latestNews, items: latestItems(latest, locale) }}
    />
  );
}

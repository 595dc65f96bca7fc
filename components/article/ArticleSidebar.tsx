import { AboutBlog } from "@/components/blog/AboutBlog";
import { LatestPosts } from "@/components/blog/LatestPosts";
import { SubscribeBox } from "@/components/blog/SubscribeBox";
import type { ArticleSummary, Blog } from "@/lib/content/types";
import { ui } from "@/lib/i18n/ui";
import { edition } from "@/lib/site";

/** Beside an article: the blog's About This Blog, Subscribe and Latest Posts (or the news section's latest). */
export function ArticleSidebar({ blog, latest, siteName }: { blog: Blog | null; latest: ArticleSummary[]; siteName: string }) {
  const t = ui();
  const locale = edition(blog?.language ?? "en").locale;
  return (
    <>
      {blog && <AboutBlog blog={blog} t={t} />}
      <SubscribeBox feedBase={blog ? `/feeds/blogs/${blog.slug}` : "/feeds"} title={blog?.title ?? siteName} t={t} />
      <LatestPosts heading={blog ? t.latestPosts : t.latestNews} posts={latest} locale={locale} />
    </>
  );
}

import type { ArticleSummary, Blog, Page } from "@/lib/content/types";
import type { UiStrings } from "@/lib/i18n/ui";
import { latestItems } from "@/lib/reader/latest-items";
import { edition } from "@/lib/site";
import { blogFeedBase } from "@/lib/feeds/paths";
import { blogPath } from "@/lib/urls";
import { TextSizeControl } from "@/components/islands/TextSizeControl";
import { ArticleList } from "@/components/listing/ArticleList";
import { Pagination } from "@/components/listing/Pagination";
import { AboutBlog } from "./AboutBlog";
import { SubscribeBox } from "./SubscribeBox";
import { LatestPosts } from "./LatestPosts";

/** A blog's landing page: title and description, its posts newest first (paginated), About This Blog and Subscribe. */
export function BlogLanding({ blog, posts, latest, t }: { blog: Blog; posts: Page<ArticleSummary>; latest: ArticleSummary[]; t: UiStrings }) {
  const ed = edition(blog.language);
  const href = (n: number) => blogPath(blog.slug, blog.language, n);
  return (
    <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <div className="min-w-0" lang={ed.lang} dir={ed.dir}>
        <header className="border-b border-rule pb-4">
          <h1 className="font-serif text-3xl font-bold sm:text-4xl">
            {blog.title}
            {posts.page > 1 && <span className="text-muted"> · {t.page} {posts.page}</span>}
          </h1>
          {blog.description && <p className="mt-2 text-lg text-muted">{blog.description}</p>}
          <div className="mt-3"><TextSizeControl label={t.textSize} names={t.textSizeNames} /></div>
        </header>
        <section aria-labelledby="all-posts" className="article-body">
          <h2 id="all-posts" className="sr-only">{t.allPosts}</h2>
          <ArticleList articles={posts.items} locale={ed.locale} headingLevel={3} empty={t.noPosts} showBlog={false} />
        </section>
        <Pagination page={posts.page} pageCount={posts.pageCount} href={href} t={t} />
      </div>
      <aside aria-label={t.aboutThisBlog} className="space-y-6">
        <AboutBlog heading={t.aboutThisBlog} about={blog.about} />
        <SubscribeBox feedBase={blogFeedBase(blog.slug, blog.language)} title={blog.title} t={t} />
        {posts.page > 1 && <LatestPosts heading={t.latestPosts} items={latestItems(latest, ed.locale, ed)} />}
      </aside>
    </div>
  );
}

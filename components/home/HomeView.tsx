import type { ArticleSummary, Blog } from "@/lib/content/types";
import type { UiStrings } from "@/lib/i18n/ui";
import { ArticleCard } from "@/components/listing/ArticleCard";
import { ArticleList } from "@/components/listing/ArticleList";
import { LatestPosts } from "@/components/blog/LatestPosts";
import { latestItems } from "@/lib/reader/latest-items";
import type { EditionInfo } from "@/lib/editions/registry";
import { blogPath, newsPath } from "@/lib/urls";

type Props = {
  edition: EditionInfo;
  top: ArticleSummary[];
  news: ArticleSummary[];
  blogs: { blog: Blog; posts: ArticleSummary[] }[];
  t: UiStrings;
};

/** An edition's front page: top stories, the latest news, and a box per blog with its newest posts. */
export function HomeView({ edition, top, news, blogs, t }: Props) {
  const { locale, siteName } = edition;
  const [lead, ...others] = top;
  return (
    <>
      <h1 className="sr-only">{siteName}</h1>
      <section aria-labelledby="top-stories">
        <h2 id="top-stories" className="border-b-4 border-accent pb-1 text-xl font-bold uppercase tracking-wide">{t.topStories}</h2>
        {lead && (
          <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
            <ArticleCard article={lead} locale={locale} headingLevel={3} lead />
            <ul className="divide-y divide-rule">
              {others.map((a) => (
                <li key={a.id}><ArticleCard article={a} locale={locale} headingLevel={3} showImage={false} /></li>
              ))}
            </ul>
          </div>
        )}
      </section>
      <div className="mt-10 grid gap-10 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <section aria-labelledby="latest-news">
          <h2 id="latest-news" className="border-b-4 border-brand pb-1 text-xl font-bold uppercase tracking-wide">
            <a href={newsPath(edition.code)} className="text-ink">{t.latestNews}</a>
          </h2>
          <ArticleList articles={news} locale={locale} headingLevel={3} empty={t.noPosts} />
        </section>
        <div className="space-y-6">
          {blogs.map(({ blog, posts }) => (
            <div key={blog.slug}>
              <LatestPosts id={`blog-${blog.slug}`} heading={blog.title} items={latestItems(posts, locale, edition)} />
              <p className="mt-1 text-sm"><a href={blogPath(blog.slug, blog.language)}>{t.allPosts}: {blog.title}</a></p>
            </div>
          ))}
        </div>
      </div>
    </>
  );
}

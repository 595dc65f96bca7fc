import "server-only";
import { readAuthor, readBlog, readLatest, readPage, readTopic, readTopicPage } from "../content/reader.next";
import type { Topic } from "../content/topics";
import type { ArticleSummary, Author, Blog, Page } from "../content/types";
import type { UiStrings } from "../i18n/ui";
import { blogPath, topicPath } from "../urls";
import { site } from "../site";

/**
 * The paginated listings: the news section, an author, a topic, a blog. Each returns what the page shows, or null
 * when the subject or the page number does not exist (the route then answers 404).
 */
export type Listing = {
  title: string;
  basePath: string;
  posts: Page<ArticleSummary>;
  author?: Author;
  tag?: Topic;
  blog?: Blog;
  /** A blog's newest posts, shown beside its archive pages (page 2 on). */
  latest?: ArticleSummary[];
};

function pageExists(posts: Page<ArticleSummary>, page: number) {
  return page === 1 || page <= posts.pageCount;
}

export async function loadNews(page: number, t: UiStrings): Promise<Listing | null> {
  const posts = await readPage({ newsOnly: true, page, pageSize: site.pageSize });
  return pageExists(posts, page) ? { title: t.news, basePath: "/news", posts } : null;
}

export async function loadAuthor(slug: string, page: number): Promise<Listing | null> {
  const author = await readAuthor(slug);
  if (!author) return null;
  const posts = await readPage({ authorId: author.id, page, pageSize: site.pageSize });
  return pageExists(posts, page) ? { title: author.name, basePath: `/authors/${author.slug}`, posts, author } : null;
}

/** A topic: null for an unknown tag and for one no published article carries (a drafts-only tag stays hidden). */
export async function loadTag(slug: string, page: number): Promise<Listing | null> {
  const tag = await readTopic(slug);
  if (!tag) return null;
  const posts = await readTopicPage(tag, page);
  return posts.total > 0 && pageExists(posts, page) ? { title: tag.name, basePath: topicPath(tag.slug), posts, tag } : null;
}

/** A blog's landing page (page 1) or archive page, which also shows the blog's newest posts. */
export async function loadBlog(slug: string, page: number): Promise<Listing | null> {
  const blog = await readBlog(slug);
  if (!blog) return null;
  const posts = await readPage({ blogId: blog.id, page, pageSize: site.pageSize });
  if (!pageExists(posts, page)) return null;
  const latest = page > 1 ? await readLatest({ blogId: blog.id, limit: 5 }) : [];
  return { title: blog.title, basePath: blogPath(blog.slug), posts, blog, latest };
}

export function pageHref(basePath: string) {
  return (n: number) => (n === 1 ? basePath : `${basePath}/page/${n}`);
}

import "server-only";
import { readAuthor, readBlog, readLatest, readPage, readTopic, readTopicPage } from "../content/reader.next";
import type { Topic } from "../content/topics";
import type { ArticleSummary, Author, Blog, Page } from "../content/types";
import type { EditionInfo } from "../editions/registry";
import { editionOfLanguage } from "../editions/paths";
import { ui } from "../i18n/ui";
import { authorPath, blogPath, newsPath, topicPath } from "../urls";
import { site } from "../site";

/**
 * The paginated listings of an edition: its news section, an author, a topic, a blog. Each returns what the page
 * shows, or null when the subject or the page number does not exist in that edition (the route then answers 404).
 * A blog belongs to the edition of its language: asked for under another edition, it comes back with `edition`
 * set to its own, and the route redirects there.
 */
export type Listing = {
  title: string;
  basePath: string;
  edition: EditionInfo;
  posts: Page<ArticleSummary>;
  author?: Author;
  tag?: Topic;
  blog?: Blog;
  /** A blog's newest posts, shown beside its archive pages (page 2 on). */
  latest?: ArticleSummary[];
};

export type ListingLoader = (slug: string, page: number, edition: EditionInfo) => Promise<Listing | null>;

function pageExists(posts: Page<ArticleSummary>, page: number) {
  return page === 1 || page <= posts.pageCount;
}

export const loadNews: ListingLoader = async (_slug, page, edition) => {
  const posts = await readPage({ newsOnly: true, edition: edition.code, page, pageSize: site.pageSize });
  return pageExists(posts, page) ? { title: ui(edition.lang).news, basePath: newsPath(edition.code), edition, posts } : null;
};

/** An author's stories in one edition: a 404 in an edition they have not written for. */
export const loadAuthor: ListingLoader = async (slug, page, edition) => {
  const author = await readAuthor(slug);
  if (!author) return null;
  const posts = await readPage({ authorId: author.id, edition: edition.code, page, pageSize: site.pageSize });
  return posts.total > 0 && pageExists(posts, page) ? { title: author.name, basePath: authorPath(author.slug, edition.code), edition, posts, author } : null;
};

/** A topic in one edition: null for an unknown tag and for one no published article of the edition carries. */
export const loadTag: ListingLoader = async (slug, page, edition) => {
  const tag = await readTopic(slug);
  if (!tag) return null;
  const posts = await readTopicPage(tag, page, edition.code);
  return posts.total > 0 && pageExists(posts, page) ? { title: tag.name, basePath: topicPath(tag.slug, edition.code), edition, posts, tag } : null;
};

/** A blog's landing page (page 1) or archive page, which also shows the blog's newest posts. */
export const loadBlog: ListingLoader = async (slug, page) => {
  const blog = await readBlog(slug);
  if (!blog) return null;
  const posts = await readPage({ blogId: blog.id, page, pageSize: site.pageSize });
  if (!pageExists(posts, page)) return null;
  const latest = page > 1 ? await readLatest({ blogId: blog.id, limit: 5 }) : [];
  return { title: blog.title, basePath: blogPath(blog.slug, blog.language), edition: editionOfLanguage(blog.language), posts, blog, latest };
};

export function pageHref(basePath: string) {
  return (n: number) => (n === 1 ? basePath : `${basePath}/page/${n}`);
}

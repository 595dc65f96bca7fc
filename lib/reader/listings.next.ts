import "server-only";
import { readAuthor, readPage, readTopic, readTopicPage } from "../content/reader.next";
import type { Topic } from "../content/topics";
import type { ArticleSummary, Author, Page } from "../content/types";
import type { UiStrings } from "../i18n/ui";
import { topicPath } from "../seo/urls";
import { site } from "../site";

/**
 * The paginated listings other than blogs: the news section, an author, a topic. Each returns what the page
 * shows, or null when the subject or the page number does not exist (the route then answers 404).
 */
export type Listing = { title: string; basePath: string; posts: Page<ArticleSummary>; author?: Author; tag?: Topic };

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

export function pageHref(basePath: string) {
  return (n: number) => (n === 1 ? basePath : `${basePath}/page/${n}`);
}

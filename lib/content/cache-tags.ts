/**
 * Cache tags: every cached read names the tags of the content it shows, and every write revalidates the tags
 * of what it changed, so a publish refreshes exactly the pages that show the article.
 */
export const cacheTags = {
  /** Any listing of articles (home, blogs, authors, tags, feeds). */
  articles: "articles",
  article: (slug: string) => `article:${slug}`,
  blog: (slug: string) => `blog:${slug}`,
  blogs: "blogs",
  author: (slug: string) => `author:${slug}`,
  tag: (slug: string) => `tag:${slug}`,
  /** The list of an article's other versions (lib/content/translations.ts), by the article's id. */
  translations: (articleId: number) => `translations:${articleId}`,
} as const;

/** The tags to revalidate when an article changes: its page, its blog, its authors and tags, and all listings. */
export function tagsForArticle(a: { slug: string; blog: { slug: string } | null; authors: { slug: string }[]; tags?: { slug: string }[] }): string[] {
  return [
    cacheTags.articles,
    cacheTags.article(a.slug),
    ...(a.blog ? [cacheTags.blog(a.blog.slug)] : []),
    ...a.authors.map((x) => cacheTags.author(x.slug)),
    ...(a.tags ?? []).map((t) => cacheTags.tag(t.slug)),
  ];
}

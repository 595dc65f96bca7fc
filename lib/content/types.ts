/**
 * Domain types of the content library. Plain, JSON-serialisable data (times are ISO-8601 strings) so that it
 * crosses the cache, the server/client boundary and the API unchanged.
 */
export type Image = {
  src: string;
  width: number;
  height: number;
  alt: string;
  caption: string | null;
  credit: string | null;
};

export type AuthorRef = { slug: string; name: string };
export type Author = AuthorRef & { id: number; bio: string; photo: Image | null };

export type BlogRef = { slug: string; title: string };
export type Blog = BlogRef & {
  id: number;
  description: string;
  about: string;
  language: string;
  cover: Image | null;
};

export type Tag = { slug: string; name: string };

export const articleStatuses = ["draft", "scheduled", "published", "unpublished"] as const;
export type ArticleStatus = (typeof articleStatuses)[number];

/** What a listing (home, blog, author, feed) needs of an article. */
export type ArticleSummary = {
  id: number;
  slug: string;
  title: string;
  summary: string;
  language: string;
  publishedAt: string | null;
  updatedAt: string;
  heroImage: Image | null;
  blog: BlogRef | null;
  authors: AuthorRef[];
};

export type Article = ArticleSummary & {
  body: string;
  status: ArticleStatus;
  tags: Tag[];
  topStory: boolean;
};

/**
 * Another version of an article: the same story in another edition (lib/content/translations.ts). `edition` is
 * the code of the edition it belongs to (the edition of its language, decision 029); for a reader's link, build
 * the URL from its slug and language.
 */
export type TranslationRef = {
  id: number;
  slug: string;
  title: string;
  language: string;
  edition: string;
  status: ArticleStatus;
  /** The story's original, which the other versions translate (schema.org translationOfWork). */
  source: boolean;
};

export type Page<T> = {
  items: T[];
  /** 1-based. */
  page: number;
  pageCount: number;
  total: number;
  pageSize: number;
};

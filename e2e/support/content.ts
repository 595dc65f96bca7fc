import Database from "better-sqlite3";
import { E2E_DB_PATH } from "./env";

/**
 * Read-only look-ups in the e2e database, so specs find real slugs (an article in a blog, the Persian one, a
 * draft) instead of hard-coding the demo content. The server has already created and seeded the file.
 */
function query<T>(sql: string, ...args: unknown[]): T | undefined {
  const db = new Database(E2E_DB_PATH, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).get(...args) as T | undefined;
  } finally {
    db.close();
  }
}

function must<T>(row: T | undefined, what: string): T {
  if (!row) throw new Error(`The e2e database has no ${what}: did the demo content change?`);
  return row;
}

const visible = `a.status = 'published' and a.published_at <= strftime('%Y-%m-%dT%H:%M:%fZ','now')`;

export function blogArticle() {
  return must(
    query<{ slug: string; title: string; blog: string; blogTitle: string }>(
      `select a.slug, a.title, b.slug as blog, b.title as blogTitle from articles a join blogs b on b.id = a.blog_id
       where ${visible} and a.language = 'en' and a.hero_image_id is not null order by a.published_at desc limit 1`,
    ),
    "published English blog post with a hero image",
  );
}

/** The published article with the longest body: the heaviest page a reader can open, for the page-weight budgets. */
export function longestArticle() {
  return must(
    query<{ slug: string; chars: number }>(`select a.slug, length(a.body) as chars from articles a where ${visible} order by chars desc limit 1`),
    "published article",
  );
}

export function newsArticle() {
  return must(
    query<{ slug: string; title: string }>(`select a.slug, a.title from articles a where ${visible} and a.blog_id is null order by a.published_at desc limit 1`),
    "published news article",
  );
}

export function articleInLanguage(lang: string) {
  return must(
    query<{ slug: string; title: string }>(`select a.slug, a.title from articles a where ${visible} and a.language = ? limit 1`, lang),
    `published article in ${lang}`,
  );
}

/** The blog with the most posts, and how many pages of 12 it has. */
export function biggestBlog() {
  const row = must(
    query<{ slug: string; title: string; n: number }>(
      `select b.slug, b.title, count(a.id) as n from blogs b join articles a on a.blog_id = b.id and ${visible}
       group by b.id order by n desc limit 1`,
    ),
    "blog with posts",
  );
  return { ...row, pages: Math.ceil(row.n / 12) };
}

export function authorWithArticles() {
  return must(
    query<{ slug: string; name: string }>(
      `select au.slug, au.name from authors au join article_authors aa on aa.author_id = au.id join articles a on a.id = aa.article_id
       where ${visible} group by au.id order by count(*) desc limit 1`,
    ),
    "author with articles",
  );
}

export function usedTag() {
  return must(
    query<{ slug: string; name: string }>(
      `select t.slug, t.name from tags t join article_tags at on at.tag_id = t.id join articles a on a.id = at.article_id
       where ${visible} group by t.id order by count(*) desc limit 1`,
    ),
    "tag in use",
  );
}

export function movedSlug() {
  return must(
    query<{ old: string; current: string }>(
      `select s.slug as old, a.slug as current from article_slugs s join articles a on a.id = s.article_id where ${visible} limit 1`,
    ),
    "article with a previous slug",
  );
}

export function hiddenArticles() {
  const db = new Database(E2E_DB_PATH, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(`select a.slug, a.title from articles a where not (${visible})`).all() as { slug: string; title: string }[];
  } finally {
    db.close();
  }
}

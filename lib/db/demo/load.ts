import { createArticle } from "../../content/articles";
import { upsertAuthor } from "../../content/authors";
import { upsertBlog } from "../../content/blogs";
import type { Db } from "../connection";
import { demoArticles } from "./articles";
import { demoAuthors } from "./authors";
import { demoBlogs } from "./blogs";

export type DemoLoadResult = { articles: number; blogs: number; authors: number };

/**
 * Loads the Meridian Dispatch demo newsroom. Idempotent: blogs and authors are upserted, articles whose slug
 * exists are skipped. Returns how many of each the demo defines (not how many were new).
 */
export async function loadDemoContent(db: Db, log: (line: string) => void = () => {}): Promise<DemoLoadResult> {
  // upsertBlog/upsertAuthor insert a new image row whenever one is passed, so pass a picture only to rows
  // that have none yet; otherwise every re-run would leave orphaned image rows behind.
  const blogCovers = new Map((await db.selectFrom("blogs").select(["slug", "cover_image_id"]).execute()).map((b) => [b.slug, b.cover_image_id]));
  for (const [i, blog] of demoBlogs.entries()) {
    await upsertBlog(db, { ...blog, cover: blogCovers.get(blog.slug) ? null : blog.cover });
    log(`blogs ${i + 1}/${demoBlogs.length}`);
  }

  const authorPhotos = new Map((await db.selectFrom("authors").select(["slug", "photo_id"]).execute()).map((a) => [a.slug, a.photo_id]));
  for (const [i, author] of demoAuthors.entries()) {
    await upsertAuthor(db, { ...author, photo: authorPhotos.get(author.slug) ? null : author.photo });
    log(`authors ${i + 1}/${demoAuthors.length}`);
  }

  const wanted = demoArticles.map((a) => a.slug);
  const existing = new Set(
    (await db.selectFrom("articles").select("slug").where("slug", "in", wanted).execute()).map((r) => r.slug),
  );
  let created = 0;
  for (const [i, article] of demoArticles.entries()) {
    if (!existing.has(article.slug)) {
      await createArticle(db, { ...article, status: article.status ?? "published" });
      created++;
    }
    if ((i + 1) % 10 === 0 || i + 1 === demoArticles.length) log(`articles ${i + 1}/${demoArticles.length}`);
  }
  if (created < demoArticles.length) log(`articles: ${demoArticles.length - created} already present, skipped`);

  return { articles: demoArticles.length, blogs: demoBlogs.length, authors: demoAuthors.length };
}

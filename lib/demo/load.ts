import { upsertAuthor } from "../content/authors";
import { upsertBlog } from "../content/blogs";
import { registerImages } from "../content/images";
import { setTopicDescription } from "../content/topics";
import { bodyImageSources } from "../markdown/parse";
import type { Db } from "../db/connection";
import { demoImage, demoImageSpecs, demoImageSrc, type DemoImageKey } from "./images";
import { demoArticles } from "./articles";
import { demoAuthors } from "./authors";
import { demoBlogs } from "./blogs";
import { seedArticle } from "./seed";
import { demoTopicDescriptions } from "./topics";

export type DemoLoadResult = { articles: number; blogs: number; authors: number };

/**
 * Loads the Meridian Dispatch demo newsroom. Idempotent: blogs and authors are upserted, articles whose slug
 * exists are skipped. Articles are written as the newsroom writes them, by Dispatch itself (`systemActor`),
 * with the clock at each one's dates (seed.ts). Returns how many of each the demo defines (not how many were new).
 */
export async function loadDemoContent(db: Db, log: (line: string) => void = () => {}): Promise<DemoLoadResult> {
  for (const [i, blog] of demoBlogs.entries()) {
    await upsertBlog(db, blog);
    log(`blogs ${i + 1}/${demoBlogs.length}`);
  }

  for (const [i, author] of demoAuthors.entries()) {
    await upsertAuthor(db, author);
    log(`authors ${i + 1}/${demoAuthors.length}`);
  }

  // Images inside bodies go in the image table too, so article pages know their size and nothing shifts.
  const bodySrcs = new Set(demoArticles.flatMap((a) => bodyImageSources(a.body)));
  const bodyImages = (Object.keys(demoImageSpecs) as DemoImageKey[]).filter((k) => bodySrcs.has(demoImageSrc(k))).map(demoImage);
  const registered = await registerImages(db, bodyImages);
  if (registered) log(`body images ${registered}/${bodyImages.length}`);

  const wanted = demoArticles.map((a) => a.slug);
  const existing = new Set(
    (await db.selectFrom("articles").select("slug").where("slug", "in", wanted).execute()).map((r) => r.slug),
  );
  let created = 0;
  for (const [i, article] of demoArticles.entries()) {
    if (!existing.has(article.slug)) {
      await seedArticle(db, { ...article, status: article.status ?? "published" });
      created++;
    }
    if ((i + 1) % 10 === 0 || i + 1 === demoArticles.length) log(`articles ${i + 1}/${demoArticles.length}`);
  }
  if (created < demoArticles.length) log(`articles: ${demoArticles.length - created} already present, skipped`);

  for (const topic of demoTopicDescriptions) await setTopicDescription(db, topic.slug, topic.description);

  return { articles: demoArticles.length, blogs: demoBlogs.length, authors: demoAuthors.length };
}

import fs from "node:fs";
import { sql } from "kysely";
import { pageArticles, visible } from "../../lib/content/articles";
import { openDb } from "../../lib/db/connection";
import { generateArticles } from "../../lib/demo/generate";
import { loadDemoContent } from "../../lib/demo/load";
import { migrate } from "../../lib/db/migrations";
import { editionByCode } from "../../lib/editions/registry";
import { site } from "../../lib/site";

/** The right-to-left edition measured beside the default one (its article page beside the English article). */
export const PERSIAN = editionByCode("fa")!;

/** The URLs worth measuring, chosen from the data the server will read. */
export type BenchTargets = {
  articleSlug: string;
  /**
   * A published article of the Persian edition (the demo content's: the generator writes English only), the one
   * whose body is closest in length to the English article's, so the two pages differ in script and direction
   * more than in how much they say. Its page is /fa/a/<slug>.
   */
  persianArticleSlug: string;
  /** Both bodies' lengths in characters, to read the byte figures with. */
  bodyChars: { english: number; persian: number };
  blogSlug: string;
  blogArticles: number;
  /** The blog archive's last page: the deepest offset a reader can reach. */
  deepPage: number;
  /** The topic (tag) with the most published articles: its page at /tags/<slug>. */
  tagSlug: string;
};

/**
 * A fresh benchmark database: migrations, the demo content, then `count` generated articles so listings have
 * deep archives. Picks a generated article and the blog with the longest archive.
 */
export async function createBenchDb(file: string, count: number, log: (l: string) => void): Promise<BenchTargets> {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
  const db = openDb(`file:${file}`);
  try {
    await migrate(db, undefined, log);
    await loadDemoContent(db, log);
    const before = await db.selectFrom("articles").select(sql<number>`coalesce(max(id), 0)`.as("id")).executeTakeFirstOrThrow();
    const started = Date.now();
    const made = await generateArticles(db, count, { seed: 1, log });
    log(`generated ${made} articles in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    const now = new Date();
    // Generated rows have ids above the demo content's; take one from the middle, as a typical reader would.
    const generated = await db
      .selectFrom("articles")
      .select("slug")
      .where("id", ">", Number(before.id))
      .where(visible(now))
      .orderBy("id")
      .execute();
    if (!generated.length) throw new Error("generateArticles made no published article to measure");
    const articleSlug = generated[Math.floor(generated.length / 2)].slug;
    const chars = (body: string) => [...body].length;
    const english = await db.selectFrom("articles").select("body").where("slug", "=", articleSlug).executeTakeFirstOrThrow();
    const persian = await db.selectFrom("articles").select(["slug", "body"]).where("language", "=", PERSIAN.lang).where(visible(now)).orderBy("id").execute();
    if (!persian.length) throw new Error(`the demo content has no published ${PERSIAN.lang} article to measure beside the English one`);
    const englishChars = chars(english.body);
    const closest = persian.reduce((best, a) => (Math.abs(chars(a.body) - englishChars) < Math.abs(chars(best.body) - englishChars) ? a : best));

    const biggest = await db
      .selectFrom("articles")
      .innerJoin("blogs", "blogs.id", "articles.blog_id")
      .select(["blogs.id", "blogs.slug", (eb) => eb.fn.countAll<number>().as("n")])
      .where(visible(now))
      .groupBy(["blogs.id", "blogs.slug"])
      .orderBy("n", "desc")
      .executeTakeFirst();
    if (!biggest) throw new Error("no blog has published articles to measure");
    // The same query the blog pages run, so the page number is one the route accepts.
    const { pageCount, total } = await pageArticles(db, { blogId: biggest.id, page: 1, pageSize: site.pageSize }, { now });
    const tag = await db
      .selectFrom("article_tags")
      .innerJoin("tags", "tags.id", "article_tags.tag_id")
      .innerJoin("articles", "articles.id", "article_tags.article_id")
      .select(["tags.slug", (eb) => eb.fn.countAll<number>().as("n")])
      .where(visible(now))
      .groupBy(["tags.id", "tags.slug"])
      .orderBy("n", "desc")
      .executeTakeFirst();
    if (!tag) throw new Error("no topic has published articles to measure");
    return {
      articleSlug,
      persianArticleSlug: closest.slug,
      bodyChars: { english: englishChars, persian: chars(closest.body) },
      blogSlug: biggest.slug,
      blogArticles: total,
      deepPage: pageCount,
      tagSlug: tag.slug,
    };
  } finally {
    await db.destroy();
  }
}

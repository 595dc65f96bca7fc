import { upsertAuthor } from "../content/authors";
import { upsertBlog } from "../content/blogs";
import { registerImages } from "../content/images";
import { setTopicDescription } from "../content/topics";
import { linkTranslation } from "../content/translations";
import { bodyImageSources } from "../markdown/parse";
import type { Db } from "../db/connection";
import { demoImage, demoImageSpecs, demoImageSrc, type DemoImageKey } from "./images";
import { demoArticles } from "./articles";
import { demoAuthors } from "./authors";
import { demoBlogs } from "./blogs";
import { seedArticle, type SeedArticle } from "./seed";
import { demoTopicDescriptions } from "./topics";

export type DemoLoadResult = { articles: number; blogs: number; authors: number };

/**
 * Loads the Meridian Dispatch demo newsroom. Idempotent: blogs and authors are upserted, articles whose slug
 * exists are skipped, translations already linked are left as they are. Articles are written as the newsroom writes them, by Dispatch itself (`systemActor`),
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

  const linked = await linkDemoTranslations(db, demoArticles);
  if (linked) log(`translations ${linked} linked`);

  for (const topic of demoTopicDescriptions) await setTopicDescription(db, topic.slug, topic.description);

  return { articles: demoArticles.length, blogs: demoBlogs.length, authors: demoAuthors.length };
}

/**
 * Links each article that names the story it translates (`translationOf`, a slug) to that story, once every
 * article is loaded (a translation may come before its source in the list). Idempotent: a link already there is
 * left alone. Returns how many links were made. A slug that names no article, or a link the rules refuse (same
 * edition, an edition twice in one story), is a mistake in the demo data and stops the load with its message.
 */
export async function linkDemoTranslations(db: Db, articles: readonly SeedArticle[]): Promise<number> {
  const wanted = inLinkOrder(articles.filter((a) => a.translationOf !== undefined));
  if (wanted.length === 0) return 0;
  const slugs = [...new Set(wanted.flatMap((a) => [a.slug ?? "", a.translationOf!]))];
  const ids = new Map((await db.selectFrom("articles").select(["id", "slug"]).where("slug", "in", slugs).execute()).map((r) => [r.slug, r.id]));
  let linked = 0;
  for (const a of wanted) {
    const id = a.slug === undefined ? undefined : ids.get(a.slug);
    const sourceId = ids.get(a.translationOf!);
    if (id === undefined) throw new Error(`Demo article "${a.title}" translates "${a.translationOf}": give it a slug of its own, loaded before linking`);
    if (sourceId === undefined) throw new Error(`Demo article "${a.slug}" translates "${a.translationOf}", which no demo article has as its slug`);
    try {
      if ((await linkTranslation(db, id, sourceId)).length > 0) linked++;
    } catch (err) {
      throw new Error(`Demo article "${a.slug}" cannot be linked to "${a.translationOf}": ${(err as Error).message}`);
    }
  }
  return linked;
}

/**
 * Translations of translations ("fa translates ru, ru translates en") are linked source first: the story's root
 * is then known when each link is made (an article that already has versions cannot become a translation).
 */
function inLinkOrder(links: SeedArticle[]): SeedArticle[] {
  const sourceOf = new Map(links.map((a) => [a.slug, a.translationOf!]));
  const depth = (a: SeedArticle) => {
    const seen = new Set<string | undefined>([a.slug]);
    let n = 1;
    for (let s = sourceOf.get(a.slug); s !== undefined && sourceOf.has(s); s = sourceOf.get(s), n++) {
      if (seen.has(s)) throw new Error(`Demo articles translate each other in a circle (${[...seen].join(" → ")} → ${s}): one of them must be the source`);
      seen.add(s);
    }
    return n;
  };
  return links.map((a) => ({ a, d: depth(a) })).sort((x, y) => x.d - y.d).map((x) => x.a);
}

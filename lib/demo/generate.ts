import type { Insertable } from "kysely";
import { ensureTags } from "../content/tags";
import { indexArticles } from "../search/index";
import type { Db } from "../db/connection";
import type { Database } from "../db/schema";
import * as w from "./words";

type GenerateOptions = { seed?: number; log?: (line: string) => void; now?: Date };

/** Small, fast, seedable PRNG (mulberry32): the same seed gives the same articles. */
function prng(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T,>(xs: readonly T[]) => xs[int(xs.length)];
  const some = <T,>(xs: readonly T[], n: number) => {
    const copy = [...xs];
    return Array.from({ length: Math.min(n, copy.length) }, () => copy.splice(int(copy.length), 1)[0]);
  };
  return { next, int, pick, some };
}
type Prng = ReturnType<typeof prng>;

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const slugPart = (s: string) => s.toLowerCase().replace(/[’']/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

function paragraph(r: Prng): string {
  const sentences = [
    `${r.pick(w.openings)}: ${r.pick(w.middles)}.`,
    `In ${r.pick(w.places)}, ${r.pick(w.middles)}.`,
    `${r.pick(w.actors)} ${r.pick(w.actions)} the ${r.pick(w.subjects)} ${r.pick(w.qualifiers)}, and ${r.pick(w.middles)}.`,
    `${capitalise(r.pick(w.middles))}.`,
  ];
  return r.some(sentences, 3 + r.int(2)).join(" ");
}

/**
 * The body as Markdown, and the same text as markdownToPlainText would give it (tests/search-index.test.ts
 * checks), so indexing a hundred thousand generated articles for search skips a Markdown parse for each.
 */
function body(r: Prng, subject: string, place: string): { markdown: string; plain: string } {
  const md: string[] = [];
  const plain: string[] = [];
  const para = (s: string) => (md.push(s), plain.push(s));
  const heading = (s: string) => (md.push(`## ${s}`), plain.push(s));
  para(paragraph(r));
  para(paragraph(r));
  const heads = r.some(w.subheads, 2);
  heading(heads[0]);
  para(paragraph(r));
  if (r.next() < 0.5) {
    const quote = `The ${subject} matters to everyone in ${place}, whether they use it or not.`;
    const who = `— ${r.pick(w.names)}, ${r.pick(w.roles)}`;
    md.push(`> ${quote}\n>\n> ${who}`);
    plain.push(quote, who);
  } else {
    const items = r.some(w.middles, 3).map((m) => `${capitalise(m)}.`);
    md.push(items.map((i) => `- ${i}`).join("\n"));
    plain.push(...items);
  }
  heading(heads[1]);
  para(paragraph(r));
  if (r.next() < 0.5) para(paragraph(r));
  para(r.pick(w.closings));
  return { markdown: md.join("\n\n"), plain: plain.join("\n\n") };
}

/**
 * Adds `count` published articles of generated text, for load tests and pagination at scale. Spreads them over
 * the existing blogs and the news section, credits existing authors and reuses the demo hero images (shared
 * image rows: generated articles are read-only filler). Inserts in multi-row batches, one transaction per batch.
 * Deterministic for a seed and a database state; slugs continue after any earlier generated articles.
 */
export async function generateArticles(db: Db, count: number, opts: GenerateOptions = {}): Promise<number> {
  const { seed = 1, log = () => {}, now = new Date() } = opts;
  const r = prng(seed);
  const blogs = await db.selectFrom("blogs").select(["id", "language"]).orderBy("id").execute();
  const authors = (await db.selectFrom("authors").select("id").orderBy("id").execute()).map((a) => a.id);
  const heroIds = (
    await db
      .selectFrom("images")
      .select((eb) => eb.fn.min("id").as("id"))
      .where("src", "like", "/images/demo/%")
      .where("width", ">=", 1200)
      .where("height", ">=", 800)
      .groupBy("src")
      .execute()
  ).map((i) => Number(i.id));
  if (authors.length === 0 || heroIds.length === 0) throw new Error("generateArticles needs authors and demo images: load the demo content first");
  const tagIds = await ensureTags(db, w.tagNames);
  const already = Number(
    (await db.selectFrom("articles").select((eb) => eb.fn.countAll<number>().as("n")).where("slug", "like", "generated-%").executeTakeFirstOrThrow()).n,
  );

  const span = 3 * 365 * 24 * 3600 * 1000; // the three years before now
  const end = now.getTime() - 3600 * 1000;
  const batch = 500;
  let done = 0;
  while (done < count) {
    const size = Math.min(batch, count - done);
    const rows: Insertable<Database["articles"]>[] = [];
    const links: { slug: string; authors: number[]; tags: number[]; plain: string }[] = [];
    for (let k = 0; k < size; k++) {
      const n = already + done + k + 1;
      const place = r.pick(w.places);
      const where = place.replace(/^the /, "");
      const subject = r.pick(w.subjects);
      const title = `${r.pick(w.actors)} ${r.pick(w.actions)} ${where} ${subject} ${r.pick(w.qualifiers)}`;
      const slug = `generated-${n}-${slugPart(`${where} ${subject}`)}`;
      const blog = r.next() < 0.3 ? null : r.pick(blogs);
      const published = new Date(end - Math.floor(r.next() * span)).toISOString();
      const summary = `${capitalise(r.pick(w.middles))}, ${r.pick(w.qualifiers)}.`;
      const text = body(r, subject, place);
      rows.push({
        slug,
        title,
        summary,
        body: text.markdown,
        hero_image_id: r.pick(heroIds),
        blog_id: blog?.id ?? null,
        language: blog?.language ?? "en",
        status: "published",
        top_story: 0,
        published_at: published,
        updated_at: published,
        created_at: published,
      });
      links.push({ slug, authors: r.some(authors, 1 + (r.next() < 0.25 ? 1 : 0)), tags: r.some(tagIds, 2 + r.int(3)), plain: text.plain });
    }
    await db.transaction().execute(async (trx) => {
      await trx.insertInto("articles").values(rows).execute();
      const ids = new Map(
        (await trx.selectFrom("articles").select(["id", "slug"]).where("slug", "in", links.map((l) => l.slug)).execute()).map((a) => [a.slug, a.id]),
      );
      const byline = links.flatMap((l) => l.authors.map((author_id, position) => ({ article_id: ids.get(l.slug)!, author_id, position })));
      const tagged = links.flatMap((l) => l.tags.map((tag_id) => ({ article_id: ids.get(l.slug)!, tag_id })));
      // Link tables have 3 and 2 columns; chunk so one statement stays well under SQLite's bound-parameter limit.
      for (let i = 0; i < byline.length; i += 1000) await trx.insertInto("article_authors").values(byline.slice(i, i + 1000)).execute();
      for (let i = 0; i < tagged.length; i += 1000) await trx.insertInto("article_tags").values(tagged.slice(i, i + 1000)).execute();
      await indexArticles(trx, [...ids.values()], { plainBodies: new Map(links.map((l) => [ids.get(l.slug)!, l.plain])) });
    });
    done += size;
    log(`generated ${done}/${count}`);
  }
  return done;
}

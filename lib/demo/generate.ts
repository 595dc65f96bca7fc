import { createDraft, systemActor } from "../content/article-writes";
import { publishArticle } from "../content/publishing";
import { ensureTags } from "../content/tags";
import type { Db } from "../db/connection";
import { defaultEdition } from "../editions/registry";
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
 * Adds `count` published articles of generated text, for load tests and pagination at scale. The text is English,
 * so it goes to the default edition only: spread over the blogs in its language and the news section, credited to
 * authors who write in it, with the demo hero images. Each is written as the newsroom writes one, by `systemActor`
 * with the clock at its date: createDraft (revision 1, search document), then publishArticle; a batch of them
 * shares one transaction, so it costs one commit. Deterministic for a seed and a database state; slugs continue
 * after any earlier generated articles.
 */
export async function generateArticles(db: Db, count: number, opts: GenerateOptions = {}): Promise<number> {
  const { seed = 1, log = () => {}, now = new Date() } = opts;
  const r = prng(seed);
  // Only the default edition's blogs: a Russian or Persian blog never gets English filler. Filtered before any
  // pick, so the articles generated are the same as before other editions' blogs existed.
  const blogs = (await db.selectFrom("blogs").select(["slug", "language"]).orderBy("id").execute()).filter(
    (b) => b.language === defaultEdition.lang,
  );
  // Bylines likewise: only writers with an article in that language, so a Russian or Persian writer is never
  // credited with English filler.
  const authors = (
    await db
      .selectFrom("authors")
      .select("slug")
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom("article_authors")
            .innerJoin("articles", "articles.id", "article_authors.article_id")
            .whereRef("article_authors.author_id", "=", "authors.id")
            .where("articles.language", "=", defaultEdition.lang)
            .select("article_authors.article_id"),
        ),
      )
      .orderBy("id")
      .execute()
  ).map((a) => a.slug);
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
  if (authors.length === 0 || heroIds.length === 0) throw new Error("generateArticles needs authors of English articles and demo images: load the demo content first");
  const heroes = new Map(
    (await db.selectFrom("images").select(["id", "src", "alt", "caption", "credit"]).where("id", "in", heroIds).execute()).map((i) => [i.id, i]),
  );
  const tagIds = await ensureTags(db, w.tagNames);
  const tagNames = new Map((await db.selectFrom("tags").select(["id", "name"]).where("id", "in", tagIds).execute()).map((t) => [t.id, t.name]));
  const already = Number(
    (await db.selectFrom("articles").select((eb) => eb.fn.countAll<number>().as("n")).where("slug", "like", "generated-%").executeTakeFirstOrThrow()).n,
  );

  const span = 3 * 365 * 24 * 3600 * 1000; // the three years before now
  const end = now.getTime() - 3600 * 1000;
  const batch = 500;
  let done = 0;
  while (done < count) {
    const size = Math.min(batch, count - done);
    await db.transaction().execute(async (trx) => {
      for (let k = 0; k < size; k++) {
        const n = already + done + k + 1;
        const place = r.pick(w.places);
        const where = place.replace(/^the /, "");
        const subject = r.pick(w.subjects);
        const title = `${r.pick(w.actors)} ${r.pick(w.actions)} ${where} ${subject} ${r.pick(w.qualifiers)}`;
        const slug = `generated-${n}-${slugPart(`${where} ${subject}`)}`;
        const blog = r.next() < 0.3 ? null : r.pick(blogs);
        const at = { now: new Date(end - Math.floor(r.next() * span)) };
        const summary = `${capitalise(r.pick(w.middles))}, ${r.pick(w.qualifiers)}.`;
        const text = body(r, subject, place);
        const hero = heroes.get(r.pick(heroIds))!;
        const input = {
          slug,
          title,
          summary,
          body: text.markdown,
          heroImage: { src: hero.src, alt: hero.alt, caption: hero.caption, credit: hero.credit },
          blog: blog?.slug ?? null,
          language: blog?.language ?? defaultEdition.lang,
          authors: r.some(authors, 1 + (r.next() < 0.25 ? 1 : 0)),
          tags: r.some(tagIds, 2 + r.int(3)).map((id) => tagNames.get(id)!),
        };
        const { article } = await createDraft(trx, input, systemActor, { ...at, plainBody: text.plain });
        await publishArticle(trx, article.id, {}, systemActor, at);
      }
    });
    done += size;
    log(`generated ${done}/${count}`);
  }
  return done;
}

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listArticles } from "@/lib/content/articles";
import { getPublicAuthor, listAuthors } from "@/lib/content/authors";
import { listBlogs } from "@/lib/content/blogs";
import { getTopic } from "@/lib/content/topics";
import type { Db } from "@/lib/db/connection";
import { demoArticles } from "@/lib/demo/articles";
import { persianArticles } from "@/lib/demo/articles-fa";
import { russianArticles } from "@/lib/demo/articles-ru";
import { demoBlogs } from "@/lib/demo/blogs";
import { generateArticles } from "@/lib/demo/generate";
import { demoImageSpecs, demoImageSrc, type DemoImageKey } from "@/lib/demo/images";
import { loadDemoContent } from "@/lib/demo/load";
import { demoTopicDescriptions } from "@/lib/demo/topics";
import { defaultEdition, editionList } from "@/lib/editions/registry";
import { tempDb } from "./helpers/temp-db";

/**
 * The demo newsroom's language editions (issue 13, "Demo content"): Russian and Persian each have a home's worth
 * of their own articles, a blog with an About text, writers named in their own script, and one story that exists
 * in all three editions. Loaded into a real database, as `npm run db:setup` does.
 */
let db: Db;
let cleanup: () => Promise<void>;
// After the newest demo article and before the one scheduled for 2027.
const now = new Date("2026-12-01T00:00:00.000Z");

const others = editionList.filter((e) => !e.isDefault);
const script: Record<string, RegExp> = { ru: /\p{Script=Cyrillic}/u, fa: /\p{Script=Arabic}/u };
const editionArticles = [...russianArticles, ...persianArticles];
const published = (a: (typeof demoArticles)[number]) => (a.status ?? "published") === "published" && a.publishedAt! <= now.toISOString();

beforeAll(async () => {
  ({ db, cleanup } = await tempDb());
  await loadDemoContent(db);
});
afterAll(async () => cleanup());

describe("demo content of the other editions", () => {
  it("covers the Russian and Persian editions", () => {
    expect(others.map((e) => e.lang).sort()).toEqual(["fa", "ru"]);
  });

  for (const edition of others) {
    describe(edition.label, () => {
      it("has at least 8 published articles of its own, written in its script", async () => {
        const articles = await listArticles(db, { edition: edition.code, limit: 1000 }, { now });
        expect(articles.length).toBeGreaterThanOrEqual(8);
        for (const a of articles) {
          expect(a.language, a.slug).toBe(edition.lang);
          expect(a.title, a.slug).toMatch(script[edition.lang]);
          expect(a.summary, a.slug).toMatch(script[edition.lang]);
        }
        // Pictures described in the edition's language (the two older stories in articles-news.ts still use the
        // English descriptions).
        for (const a of editionArticles.filter((x) => x.language === edition.lang)) {
          expect(a.heroImage.alt, a.slug).toMatch(script[edition.lang]);
          expect(a.heroImage.credit, a.slug).toMatch(script[edition.lang]);
        }
        // Some in the edition's blog, some in its news section.
        expect(articles.some((a) => a.blog !== null)).toBe(true);
        expect(articles.some((a) => a.blog === null)).toBe(true);
      });

      it("has a blog in its language with an About text in that language", async () => {
        const blogs = (await listBlogs(db)).filter((b) => b.language === edition.lang);
        expect(blogs.length).toBeGreaterThanOrEqual(1);
        for (const b of blogs) {
          expect(b.title, b.slug).toMatch(script[edition.lang]);
          expect(b.about.trim().length, b.slug).toBeGreaterThan(200);
          expect(b.about, b.slug).toMatch(script[edition.lang]);
          expect(b.about.split("\n\n").length, b.slug).toBeGreaterThanOrEqual(2);
          expect(b.cover?.alt, b.slug).toMatch(script[edition.lang]);
        }
      });

      it("has writers named in its own script, each with a published byline", async () => {
        const writers = (await listAuthors(db)).filter((a) => script[edition.lang].test(a.name));
        expect(writers.length).toBeGreaterThanOrEqual(2);
        for (const w of writers) {
          expect(w.slug, w.name).toMatch(/^[a-z]+(-[a-z]+)*$/);
          expect(w.bio, w.slug).toMatch(script[edition.lang]);
          expect(await getPublicAuthor(db, w.slug, { now }), w.slug).not.toBeNull();
        }
      });
    });
  }

  it("puts every article in a blog of its own language", async () => {
    const mismatched = await db
      .selectFrom("articles")
      .innerJoin("blogs", "blogs.id", "articles.blog_id")
      .select(["articles.slug", "articles.language", "blogs.language as blogLanguage"])
      .whereRef("articles.language", "<>", "blogs.language")
      .execute();
    expect(mismatched).toEqual([]);
    for (const a of demoArticles.filter((x) => x.blogSlug)) {
      expect(a.language ?? defaultEdition.lang, a.slug).toBe(demoBlogs.find((b) => b.slug === a.blogSlug)?.language);
    }
  });

  it("names in translationOf an existing demo article in another language, and has one story in all three editions", async () => {
    const translations = demoArticles.filter((a) => a.translationOf);
    expect(translations.length).toBeGreaterThanOrEqual(2);
    for (const t of translations) {
      const source = await db.selectFrom("articles").select(["slug", "language", "status"]).where("slug", "=", t.translationOf!).executeTakeFirst();
      expect(source, t.slug).toBeDefined();
      expect(source!.language, t.slug).not.toBe(t.language ?? defaultEdition.lang);
      expect(source!.status, t.slug).toBe("published");
      expect(published(t), t.slug).toBe(true);
    }
    const languagesByStory = new Map<string, Set<string>>();
    for (const t of translations) {
      const source = demoArticles.find((a) => a.slug === t.translationOf)!;
      const set = languagesByStory.get(source.slug) ?? new Set([source.language ?? defaultEdition.lang]);
      languagesByStory.set(source.slug, set.add(t.language ?? defaultEdition.lang));
    }
    expect([...languagesByStory.values()].some((langs) => editionList.every((e) => langs.has(e.lang)))).toBe(true);
  });

  it("keeps every Russian and Persian body shorter than the longest English one (the page-weight budgets measure that)", () => {
    const longestEnglish = Math.max(...demoArticles.filter((a) => (a.language ?? "en") === "en").map((a) => a.body.length));
    for (const a of demoArticles.filter((x) => x.language === "ru" || x.language === "fa")) {
      expect(a.body.length, a.slug).toBeLessThan(longestEnglish);
    }
  });

  it("describes the new editions' topics, each carried by a published article", async () => {
    for (const t of demoTopicDescriptions) {
      expect((await getTopic(db, t.slug, { now }))?.description, t.slug).toBe(t.description);
    }
  });

  it("keeps the media library's first row of every demo picture in English, so the generator reuses English text", async () => {
    for (const key of Object.keys(demoImageSpecs) as DemoImageKey[]) {
      const first = await db.selectFrom("images").select(["alt"]).where("src", "=", demoImageSrc(key)).orderBy("id").limit(1).executeTakeFirst();
      if (first) expect(first.alt, key).toBe(demoImageSpecs[key].alt);
    }
  });
});

describe("generated articles", () => {
  it("go only to the default edition's blogs and news section, in its language", async () => {
    const otherBlogs = (await listBlogs(db)).filter((b) => b.language !== defaultEdition.lang);
    expect(otherBlogs.length).toBeGreaterThanOrEqual(2);
    const before = await Promise.all(otherBlogs.map((b) => listArticles(db, { blogId: b.id, limit: 1000 }, { now })));

    expect(await generateArticles(db, 60, { seed: 11, now })).toBe(60);
    const rows = await db
      .selectFrom("articles")
      .leftJoin("blogs", "blogs.id", "articles.blog_id")
      .select(["articles.language", "blogs.language as blogLanguage"])
      .where("articles.slug", "like", "generated-%")
      .execute();
    expect(rows.length).toBe(60);
    expect(rows.every((r) => r.language === defaultEdition.lang)).toBe(true);
    expect(rows.every((r) => r.blogLanguage === null || r.blogLanguage === defaultEdition.lang)).toBe(true);
    expect(rows.some((r) => r.blogLanguage !== null)).toBe(true);
    const after = await Promise.all(otherBlogs.map((b) => listArticles(db, { blogId: b.id, limit: 1000 }, { now })));
    expect(after.map((l) => l.length)).toEqual(before.map((l) => l.length));
    // Nor are the other editions' writers credited with English filler.
    const bylines = await db
      .selectFrom("article_authors")
      .innerJoin("articles", "articles.id", "article_authors.article_id")
      .innerJoin("authors", "authors.id", "article_authors.author_id")
      .select("authors.name")
      .distinct()
      .where("articles.slug", "like", "generated-%")
      .execute();
    expect(bylines.length).toBeGreaterThanOrEqual(3);
    expect(bylines.filter((a) => others.some((e) => script[e.lang].test(a.name)))).toEqual([]);
  });
});

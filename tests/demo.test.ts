import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPublishedArticle, listArticles, resolveArticleSlug } from "@/lib/content/articles";
import { getPublicAuthor, listAuthors } from "@/lib/content/authors";
import { listBlogs } from "@/lib/content/blogs";
import type { Db } from "@/lib/db/connection";
import { demoArticles } from "@/lib/demo/articles";
import { demoImageSpecs, demoImageSrc, type DemoImageKey } from "@/lib/demo/images";
import { loadDemoContent } from "@/lib/demo/load";
import { imageSizesBySrc } from "@/lib/content/images";
import { bodyImageSources } from "@/lib/markdown/parse";
import { tempDb } from "./helpers/temp-db";

let db: Db;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ db, cleanup } = await tempDb());
  await loadDemoContent(db);
});
afterAll(async () => cleanup());

const publicFile = (src: string) => path.join(process.cwd(), "public", src);
const all = () => listArticles(db, { limit: 1000 });

async function tableCounts() {
  const tables = ["articles", "images", "blogs", "authors", "tags", "article_authors", "article_tags", "article_slugs"] as const;
  const counts: Record<string, number> = {};
  for (const t of tables) {
    const row = await db.selectFrom(t).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    counts[t] = Number(row.n);
  }
  return counts;
}

describe("demo newsroom", () => {
  it("has the blogs, authors and published articles a reader can browse", async () => {
    expect((await listBlogs(db)).length).toBeGreaterThanOrEqual(3);
    expect((await listAuthors(db)).length).toBeGreaterThanOrEqual(6);
    const visible = await all();
    expect(visible.length).toBeGreaterThanOrEqual(40);
    expect(visible.some((a) => a.blog === null)).toBe(true);
    expect(new Set(visible.filter((a) => a.blog).map((a) => a.blog!.slug)).size).toBeGreaterThanOrEqual(3);
    expect(visible.every((a) => a.authors.length >= 1 && a.authors.length <= 3 && a.heroImage !== null)).toBe(true);
    expect((await listArticles(db, { topStories: true, limit: 100 })).length).toBeGreaterThanOrEqual(4);
  });

  it("gives every demo author a public page: each has a published article", async () => {
    const authors = await listAuthors(db);
    expect(authors.length).toBeGreaterThanOrEqual(6);
    for (const a of authors) expect(await getPublicAuthor(db, a.slug), a.slug).toMatchObject({ slug: a.slug });
  });

  it("gives every article a dek, a structured body and 2–4 tags", () => {
    for (const a of demoArticles) {
      expect(a.summary.length, a.slug).toBeGreaterThan(20);
      expect(a.body, a.slug).toMatch(/^## /m);
      expect(a.tags.length, a.slug).toBeGreaterThanOrEqual(2);
      expect(a.tags.length, a.slug).toBeLessThanOrEqual(4);
    }
    expect(demoArticles.filter((a) => /^\| --- /m.test(a.body)).length).toBeGreaterThanOrEqual(1);
    expect(demoArticles.filter((a) => /^> — /m.test(a.body)).length).toBeGreaterThanOrEqual(10);
  });

  it("loads idempotently: a second run adds and duplicates nothing", async () => {
    const before = await tableCounts();
    const result = await loadDemoContent(db);
    expect(await tableCounts()).toEqual(before);
    expect(result.articles).toBe(before.articles);
  });

  it("references only images that exist, with their real pixel sizes", async () => {
    for (const key of Object.keys(demoImageSpecs) as DemoImageKey[]) {
      const meta = await sharp(publicFile(demoImageSrc(key))).metadata();
      expect([meta.width, meta.height], key).toEqual([demoImageSpecs[key].width, demoImageSpecs[key].height]);
      expect(demoImageSpecs[key].alt.length, key).toBeGreaterThan(10);
    }
    const rows = await db.selectFrom("images").selectAll().execute();
    for (const img of rows) {
      const meta = await sharp(publicFile(img.src)).metadata();
      expect([meta.width, meta.height], img.src).toEqual([img.width, img.height]);
    }
    const bodyImages = demoArticles.flatMap((a) => [...a.body.matchAll(/!\[[^\]]+\]\((\S+) "[^"|]+ \| [^"]+"\)/g)].map((m) => m[1]));
    expect(bodyImages.length).toBeGreaterThanOrEqual(1);
    for (const src of bodyImages) expect(fs.existsSync(publicFile(src)), src).toBe(true);
  });

  it("registers every image placed in a body with its size, so article pages reserve its space", async () => {
    const srcs = [...new Set(demoArticles.flatMap((a) => bodyImageSources(a.body)))];
    expect(srcs.length).toBeGreaterThan(0);
    const sizes = await imageSizesBySrc(db, srcs);
    for (const src of srcs) {
      const meta = await sharp(publicFile(src)).metadata();
      expect(sizes[src], src).toEqual({ width: meta.width, height: meta.height });
    }
  });

  it("includes Cyrillic and right-to-left Persian articles", async () => {
    const visible = await all();
    const cyrillic = visible.filter((a) => a.language === "ru" || a.language === "uk");
    const persian = visible.filter((a) => a.language === "fa");
    expect(cyrillic.length).toBeGreaterThanOrEqual(1);
    expect(cyrillic.every((a) => /[\u0400-\u04FF]/.test(a.title))).toBe(true);
    expect(persian.length).toBeGreaterThanOrEqual(1);
    expect(persian.every((a) => /[\u0600-\u06FF]/.test(a.title))).toBe(true);
  });

  it("never shows the embargoed drafts or the article scheduled for 2027", async () => {
    const hidden = demoArticles.filter((a) => a.status === "draft" || a.publishedAt! > "2027");
    expect(hidden.filter((a) => a.title.includes("EMBARGOED")).length).toBeGreaterThanOrEqual(1);
    expect(hidden.some((a) => a.publishedAt === "2027-06-01T08:00:00.000Z" && a.status === "published")).toBe(true);
    const stored = await db.selectFrom("articles").select("slug").where("slug", "in", hidden.map((a) => a.slug)).execute();
    expect(stored.length).toBe(hidden.length);

    const visible = await all();
    expect(visible.some((a) => a.title.includes("EMBARGOED"))).toBe(false);
    for (const a of hidden) {
      expect(visible.some((v) => v.slug === a.slug)).toBe(false);
      expect(await getPublishedArticle(db, a.slug)).toBeNull();
      expect((await resolveArticleSlug(db, a.slug)).kind).toBe("missing");
    }
  });

  it("redirects the moved article's old slug to its current one", async () => {
    const moved = demoArticles.find((a) => a.previousSlugs?.length)!;
    expect(await resolveArticleSlug(db, moved.previousSlugs![0])).toEqual({ kind: "moved", slug: moved.slug, language: moved.language ?? "en" });
  });
});

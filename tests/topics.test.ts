import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getTopic, listTopics, pageTopicArticles, setTopicDescription } from "@/lib/content/topics";
import type { Db } from "@/lib/db/connection";
import { generateArticles } from "@/lib/demo/generate";
import { loadDemoContent } from "@/lib/demo/load";
import { seedArticle } from "@/lib/demo/seed";
import { topicMetadata } from "@/lib/seo/metadata.next";
import { tempDb } from "./helpers/temp-db";
import { defaultEdition } from "@/lib/editions/registry";

/** Topic pages' queries on the demo newsroom plus generated articles, with drafts and scheduled posts mixed in. */
let db: Db;
let cleanup: () => Promise<void>;
const now = new Date("2026-11-24T12:00:00.000Z");
const day = (n: number) => new Date(Date.UTC(2026, 9, 1 + n, 8)).toISOString();

beforeAll(async () => {
  ({ db, cleanup } = await tempDb());
  await loadDemoContent(db);
  await generateArticles(db, 300, { seed: 5, now });
  for (let i = 0; i < 27; i++) {
    await seedArticle(db, { title: `Lighthouse keeper ${i}`, body: "x", tags: ["Lamp rooms"], status: "published", publishedAt: day(i) });
  }
  await seedArticle(db, { title: "Lamp draft", body: "x", tags: ["Lamp rooms", "Secret project"], status: "draft" });
  await seedArticle(db, { title: "Lamp later", body: "x", tags: ["Lamp rooms", "Embargoed plan"], status: "scheduled", publishedAt: "2027-01-01T00:00:00.000Z" });
  await seedArticle(db, { title: "Lamp pulled", body: "x", tags: ["Lamp rooms", "Pulled story"], status: "unpublished", publishedAt: day(3) });
});
afterAll(async () => cleanup());

describe("topics", () => {
  it("exist only for tags that a published article carries", async () => {
    expect(await getTopic(db, "no-such-tag", { now })).toBeNull();
    for (const slug of ["secret-project", "embargoed-plan", "pulled-story"]) {
      expect(await db.selectFrom("tags").select("id").where("slug", "=", slug).executeTakeFirst(), slug).toBeDefined();
      expect(await getTopic(db, slug, { now }), slug).toBeNull();
    }
    const lamp = await getTopic(db, "lamp-rooms", { now });
    expect(lamp).toMatchObject({ slug: "lamp-rooms", name: "Lamp rooms", description: "", articleCount: 27 });
  });

  it("carry the description the newsroom gives them (the demo describes a few)", async () => {
    expect(await setTopicDescription(db, "lamp-rooms", "  Keepers and their lights.  ")).toBe(true);
    expect((await getTopic(db, "lamp-rooms", { now }))?.description).toBe("Keepers and their lights.");
    expect(await setTopicDescription(db, "no-such-tag", "x")).toBe(false);
    expect((await getTopic(db, "elsen-flood", { now }))?.description).toMatch(/flood/);
  });

  it("page their published articles newest first, without overlap, never a hidden one", async () => {
    const lamp = (await getTopic(db, "lamp-rooms", { now }))!;
    const pages = await Promise.all([1, 2, 3].map((n) => pageTopicArticles(db, lamp.id, n, 12, { now })));
    expect(pages.map((p) => p.items.length)).toEqual([12, 12, 3]);
    expect(pages[0]).toMatchObject({ total: 27, pageCount: 3, page: 1 });
    const slugs = pages.flatMap((p) => p.items.map((a) => a.slug));
    expect(slugs[0]).toBe("lighthouse-keeper-26");
    expect(slugs.at(-1)).toBe("lighthouse-keeper-0");
    expect(new Set(slugs).size).toBe(27);
    expect(slugs.some((s) => s.startsWith("lamp-"))).toBe(false);
    const dates = pages.flatMap((p) => p.items.map((a) => a.publishedAt!));
    expect(dates).toEqual([...dates].sort().reverse());
    // Past the last page: no items (the route answers 404).
    expect((await pageTopicArticles(db, lamp.id, 4, 12, { now })).items).toEqual([]);
  });

  it("page a generated tag's articles to the same total its published articles have", async () => {
    const [busiest] = (await listTopics(db, { now })).sort((a, b) => b.articleCount - a.articleCount);
    const topic = (await getTopic(db, busiest.slug, { now }))!;
    const count = await db
      .selectFrom("article_tags")
      .innerJoin("articles", "articles.id", "article_tags.article_id")
      .where("article_tags.tag_id", "=", topic.id)
      .where("articles.status", "=", "published")
      .where("articles.published_at", "<=", now.toISOString())
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(topic.articleCount).toBe(Number(count.n));
    const last = Math.ceil(topic.articleCount / 12);
    const page = await pageTopicArticles(db, topic.id, last, 12, { now });
    expect(page.pageCount).toBe(last);
    expect(page.items.length).toBe(topic.articleCount - (last - 1) * 12);
  });

  it("are listed with their latest change, hidden-only tags left out", async () => {
    const topics = await listTopics(db, { now });
    const slugs = topics.map((t) => t.slug);
    expect(slugs).toContain("lamp-rooms");
    expect(slugs).not.toContain("secret-project");
    expect(slugs).not.toContain("embargoed-plan");
    expect(slugs).not.toContain("pulled-story");
    expect(topics.find((t) => t.slug === "lamp-rooms")?.lastModified).toBe(day(26));
  });
});

describe("topic metadata", () => {
  const siteUrl = "https://news.example.org/";
  it("has a canonical per page, the topic's description and its own feeds advertised before the site's", () => {
    const meta = topicMetadata({ slug: "наводнение", name: "Наводнение", description: "Floods on the Elsen." }, 3, siteUrl, defaultEdition);
    expect(meta.alternates?.canonical).toBe("https://news.example.org/tags/%D0%BD%D0%B0%D0%B2%D0%BE%D0%B4%D0%BD%D0%B5%D0%BD%D0%B8%D0%B5/page/3");
    expect(meta.description).toBe("Floods on the Elsen.");
    const rss = (meta.alternates?.types as Record<string, { url: string; title: string }[]>)["application/rss+xml"];
    expect(rss.map((l) => decodeURI(l.url))).toEqual(["https://news.example.org/feeds/tags/наводнение/rss.xml", "https://news.example.org/feeds/rss.xml"]);
    expect(rss[0].title).toBe("Наводнение (RSS)");
  });

  it("falls back to a sentence naming the topic when the tag has no description", () => {
    const meta = topicMetadata({ slug: "shipping", name: "Shipping", description: "" }, 1, siteUrl, defaultEdition);
    expect(meta.alternates?.canonical).toBe("https://news.example.org/tags/shipping");
    expect(meta.description).toBe("Stories about Shipping from The Meridian Dispatch.");
  });
});

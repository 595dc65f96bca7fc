import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getPublishedArticle } from "@/lib/content/articles";
import { upsertBlog } from "@/lib/content/blogs";
import { insertImage } from "@/lib/content/images";
import type { Article } from "@/lib/content/types";
import type { Db } from "@/lib/db/connection";
import { seedArticle } from "@/lib/demo/seed";
import { shareImagePath } from "@/lib/og/paths";
import { articleJsonLd } from "@/lib/seo/jsonld";
import { articleMetadata } from "@/lib/seo/metadata.next";
import { tempDb } from "./helpers/temp-db";

let db: Db;
let cleanup: () => Promise<void>;
const siteUrl = "https://news.example.org/";
const origin = "https://news.example.org";

beforeEach(async () => {
  ({ db, cleanup } = await tempDb());
  await upsertBlog(db, { slug: "signal", title: "Signal" });
  const pub = { body: "x", status: "published" as const, publishedAt: "2026-01-02T09:00:00.000Z" };
  await seedArticle(db, { ...pub, title: "With hero", heroImage: { src: "/images/demo/x.webp", width: 1600, height: 900, alt: "A quay at dawn" } });
  await seedArticle(db, { ...pub, title: "No hero", blogSlug: "signal" });
  // A hero on another host can no longer be saved (it must come from the media library); older rows may have one.
  const remote = await seedArticle(db, { ...pub, title: "Remote hero" });
  const heroId = await insertImage(db, { src: "https://cdn.example.org/a.jpg", width: 800, height: 600, alt: "Far away" });
  await db.updateTable("articles").set({ hero_image_id: heroId }).where("id", "=", remote.id).execute();
  await seedArticle(db, { ...pub, title: "نان تهران", slug: "نان-تهران", language: "fa" });
});
afterEach(async () => cleanup());

const article = async (slug: string): Promise<Article> => (await getPublishedArticle(db, slug))!;

describe("share image in an article's metadata", () => {
  it("points og:image and the large X card at the 1200×630 PNG, with the hero's alt text", async () => {
    const a = await article("with-hero");
    const meta = articleMetadata(a, siteUrl);
    const url = `${origin}${shareImagePath(a)}`;
    expect(meta.openGraph?.images).toEqual([{ url, width: 1200, height: 630, alt: "A quay at dawn", type: "image/png" }]);
    // Title, description and size come from og: (X falls back to them); repeating them only made every page heavier.
    expect(meta.twitter).toEqual({ card: "summary_large_image", images: [{ url, alt: "A quay at dawn" }] });
  });

  it("describes the generated card by its headline and blog when there is no hero, or the hero is on another host", async () => {
    const plain = articleMetadata(await article("no-hero"), siteUrl);
    expect(plain.openGraph?.images).toEqual([expect.objectContaining({ alt: "No hero · Signal", width: 1200, height: 630 })]);
    const remote = articleMetadata(await article("remote-hero"), siteUrl);
    expect(remote.openGraph?.images).toEqual([expect.objectContaining({ alt: "Remote hero · The Meridian Dispatch" })]);
  });

  it("percent-encodes a Persian slug in the image URL", async () => {
    const meta = articleMetadata(await article("نان-تهران"), siteUrl);
    const [image] = meta.openGraph?.images as { url: string }[];
    expect(image.url).toMatch(/^https:\/\/news\.example\.org\/og\/a\/%D9%86%D8%A7%D9%86-/);
  });

  it("gives a preview no share image at all", async () => {
    const meta = articleMetadata(await article("with-hero"), siteUrl, { shareImage: false });
    expect(meta.openGraph?.images).toBeUndefined();
    expect(meta.twitter).toEqual(expect.objectContaining({ card: "summary" }));
    expect(JSON.stringify(meta)).not.toContain("/og/a/");
  });

  it("puts the card in JSON-LD when there is no hero, and the hero itself when there is one", async () => {
    const plain = await article("no-hero");
    expect(articleJsonLd(plain, siteUrl).image).toEqual([
      { "@type": "ImageObject", url: `${origin}${shareImagePath(plain)}`, width: 1200, height: 630 },
    ]);
    expect(articleJsonLd(await article("with-hero"), siteUrl).image).toEqual([
      expect.objectContaining({ url: `${origin}/images/demo/x.webp`, width: 1600, height: 900 }),
    ]);
  });
});

import fs from "node:fs";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/connection";
import { OG_HEIGHT, OG_WIDTH, renderCard, renderTextLayer, type CardInput } from "@/lib/og/card";
import { heroBytes } from "@/lib/og/hero";
import { shareImageAlt, shareImagePath, slugFromShareImageName } from "@/lib/og/paths";
import { renderShareImage, type ShareImageArticle } from "@/lib/og/share-image";
import { tempDb } from "./helpers/temp-db";

const headlines = {
  en: "Harbour pilots warn of delays as the new container quay opens",
  ru: "Депутаты утвердили бюджет: что изменится для жителей Києва",
  fa: "افزایش قیمت نان در تهران: شورای شهر بودجه ۱۴۰۵ را تصویب کرد",
};
const card = (headline: string, dir: "ltr" | "rtl" = "ltr"): CardInput => ({ headline, label: "Harbour Lights", footer: "The Meridian Dispatch", dir });

/** How many pixels differ between two images of the same size. */
async function differingPixels(a: Buffer, b: Buffer): Promise<number> {
  const [ra, rb] = await Promise.all([a, b].map((x) => sharp(x).removeAlpha().raw().toBuffer()));
  expect(ra.length).toBe(rb.length);
  let n = 0;
  for (let i = 0; i < ra.length; i += 3) if (ra[i] !== rb[i] || ra[i + 1] !== rb[i + 1] || ra[i + 2] !== rb[i + 2]) n++;
  return n;
}

const width = async (text: string) => (await renderTextLayer(text, { size: 60, colour: "#000000" }))!.width;

describe("generated share card", () => {
  for (const [lang, headline] of Object.entries(headlines)) {
    it(`is a 1200×630 PNG with the ${lang} headline drawn on it`, async () => {
      const png = await renderCard(card(headline, lang === "fa" ? "rtl" : "ltr"));
      const meta = await sharp(png).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(["png", OG_WIDTH, OG_HEIGHT]);
      const empty = await renderCard(card("", lang === "fa" ? "rtl" : "ltr"));
      // A headline of several words covers tens of thousands of pixels; an invisible one would change none.
      expect(await differingPixels(png, empty)).toBeGreaterThan(20_000);
    });
  }

  it("draws real Latin and Cyrillic glyphs (missing-glyph boxes would all be the same width)", async () => {
    expect(await width("WWWWW")).toBeGreaterThan(2 * (await width("iiiii")));
    expect(await width("ЖЖЖЖЖ")).toBeGreaterThan(2 * (await width("іііїї")));
  });

  it("shapes Persian: joined letters are narrower than the same letters kept apart", async () => {
    // U+200C (zero-width non-joiner) keeps each beh in its wide isolated form; missing-glyph boxes would not change.
    const joined = await width("ببببب");
    const apart = await width("ب\u200cب\u200cب\u200cب\u200cب");
    expect(joined).toBeLessThan(apart * 0.8);
  });

  it("reads a Persian headline that opens with a Latin word right to left on a right-to-left card", async () => {
    const text = "iPhone ۱۷ در تهران";
    const rtl = (await renderTextLayer(text, { size: 60, colour: "#000000", dir: "rtl" }))!;
    const ltr = (await renderTextLayer(text, { size: 60, colour: "#000000", dir: "ltr" }))!;
    // Same glyphs in another order: "iPhone" stands at the right end of the right-to-left line.
    const w = Math.max(rtl.width, ltr.width);
    const flat = async (l: { png: Buffer; width: number }) =>
      sharp(await sharp(l.png).extend({ right: w - l.width, background: "#ffffff00" }).png().toBuffer()).flatten({ background: "#ffffff" }).png().toBuffer();
    expect(await differingPixels(await flat(rtl), await flat(ltr))).toBeGreaterThan(1000);
  });

  it("differs from a card of missing glyphs of the same length", async () => {
    const persian = await renderCard(card(headlines.fa, "rtl"));
    const tofu = await renderCard(card("\u{E000}".repeat([...headlines.fa].length), "rtl"));
    expect(await differingPixels(persian, tofu)).toBeGreaterThan(20_000);
  });

  it("lays out a right-to-left card from the right edge", async () => {
    const rtl = await sharp(await renderCard({ ...card("سلام", "rtl"), label: "", footer: "" })).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const inkColumns = columnsWithInk(rtl.data, rtl.info.width, rtl.info.height);
    expect(Math.min(...inkColumns)).toBeGreaterThan(OG_WIDTH / 2);
    const ltr = await sharp(await renderCard({ ...card("Hello"), label: "", footer: "" })).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    expect(Math.max(...columnsWithInk(ltr.data, ltr.info.width, ltr.info.height))).toBeLessThan(OG_WIDTH / 2);
  });

  it("takes markup characters, long headlines and control characters as plain text", async () => {
    const png = await renderCard(card(`<b>Tom & Jerry</b> \u0007 ${"a very long headline ".repeat(30)}`));
    expect((await sharp(png).metadata()).height).toBe(OG_HEIGHT);
    const oneWord = await renderCard(card("x".repeat(400)));
    expect((await sharp(oneWord).metadata()).width).toBe(OG_WIDTH);
  });
});

/** Columns that hold white headline pixels (the background is dark blue; the bar and the rule are excluded by row). */
function columnsWithInk(data: Buffer, w: number, h: number): number[] {
  const cols: number[] = [];
  for (let y = 140; y < h - 130; y++) {
    for (let x = 0; x < w; x++) {
      const i = (y * w + x) * 3;
      if (data[i] > 200 && data[i + 1] > 200 && data[i + 2] > 200) cols.push(x);
    }
  }
  return cols;
}

describe("share image of an article", () => {
  let db: Db;
  let cleanup: () => Promise<void>;
  beforeAll(async () => ({ db, cleanup } = await tempDb()));
  afterAll(async () => cleanup());

  const site = { name: "The Meridian Dispatch", host: "news.example.org" };
  const demoHero = "/images/demo/" + fs.readdirSync("public/images/demo").find((f) => !f.startsWith("author-"))!;
  const article = (heroImage: ShareImageArticle["heroImage"]): ShareImageArticle => ({
    title: headlines.en,
    language: "en",
    blog: { slug: "harbour-lights", title: "Harbour Lights" },
    heroImage,
  });

  it("uses the hero picture, cropped to 1200×630", async () => {
    const hero = { src: demoHero, width: 1600, height: 1000, alt: "A drawing", caption: null, credit: null };
    const png = await renderShareImage(db, article(hero), site);
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["png", OG_WIDTH, OG_HEIGHT]);
    expect(await differingPixels(png, await renderShareImage(db, article(null), site))).toBeGreaterThan(100_000);
    expect(shareImageAlt(article(hero), site.name)).toBe("A drawing");
  });

  it("draws the card for a hero on another host (never fetched), a missing file or a path outside public/", async () => {
    const plain = await renderShareImage(db, article(null), site);
    for (const src of ["https://cdn.example.org/x.jpg", "/images/demo/missing.webp", "/../package.json", "/media/not-an-upload.png"]) {
      const png = await renderShareImage(db, article({ src, width: 10, height: 10, alt: "x", caption: null, credit: null }), site);
      expect(await differingPixels(png, plain)).toBe(0);
    }
    expect(await heroBytes(db, "/%2e%2e/package.json")).toBeNull();
    expect(shareImageAlt(article(null), site.name)).toBe(`${headlines.en} · Harbour Lights`);
  });
});

describe("share image URL", () => {
  const a = { slug: "نان-تهران", title: "T", updatedAt: "2026-01-01T00:00:00.000Z", heroImage: null, blog: null };

  it("is a stable path with a version that changes with what the picture shows", () => {
    const path = shareImagePath(a);
    expect(path).toMatch(/^\/og\/a\/%D9%86.*\.png\?v=[0-9a-f]{12}$/);
    expect(shareImagePath({ ...a })).toBe(path);
    expect(shareImagePath({ ...a, title: "U" })).not.toBe(path);
    expect(shareImagePath({ ...a, heroImage: { src: "/media/x.png" } })).not.toBe(path);
    expect(shareImagePath({ ...a, updatedAt: "2026-01-02T00:00:00.000Z" }).split("?")[0]).toBe(path.split("?")[0]);
  });

  it("reads the slug back from the file name", () => {
    expect(slugFromShareImageName("some-story.png")).toBe("some-story");
    expect(slugFromShareImageName("some-story.jpg")).toBeNull();
    expect(slugFromShareImageName(".png")).toBeNull();
  });
});

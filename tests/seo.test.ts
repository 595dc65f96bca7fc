import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getPublishedArticle } from "@/lib/content/articles";
import { getAuthor, upsertAuthor } from "@/lib/content/authors";
import { getBlog, upsertBlog } from "@/lib/content/blogs";
import type { Article } from "@/lib/content/types";
import type { Db } from "@/lib/db/connection";
import { seedArticle } from "@/lib/demo/seed";
import { articleJsonLd, breadcrumbJsonLd, jsonLdScriptProps, serializeJsonLd } from "@/lib/seo/jsonld";
import { articleMetadata, authorMetadata, blogMetadata, homeMetadata, listingMetadata } from "@/lib/seo/metadata.next";
import { tempDb } from "./helpers/temp-db";
import { defaultEdition, editionList } from "@/lib/editions/registry";

let db: Db;
let cleanup: () => Promise<void>;

const siteUrl = "https://news.example.org/";
const origin = "https://news.example.org";
const hero = { src: "/images/harbour.jpg", width: 1600, height: 900, alt: "The harbour at dawn" };

beforeEach(async () => {
  ({ db, cleanup } = await tempDb());
  await upsertAuthor(db, { slug: "ana", name: "Ana Petrescu", bio: "Covers the harbour." });
  await upsertAuthor(db, { slug: "omid", name: "Omid Rahimi" });
  await upsertBlog(db, { slug: "field-notes", title: "Field Notes", description: "Dispatches from the road", language: "ru" });
  await seedArticle(db, {
    title: "Harbour reopens",
    summary: "Ships return after the storm.",
    body: "x",
    status: "published",
    publishedAt: "2026-01-02T09:00:00.000Z",
    updatedAt: "2026-01-03T10:00:00.000Z",
    authorSlugs: ["ana", "omid"],
    tags: ["Shipping"],
    heroImage: hero,
  });
  await seedArticle(db, {
    title: "Заметки с парома",
    summary: "Туман.",
    body: "x",
    status: "published",
    publishedAt: "2026-01-04T09:00:00.000Z",
    blogSlug: "field-notes",
    language: "ru",
    authorSlugs: ["omid"],
  });
});
afterEach(async () => cleanup());

async function article(slug: string): Promise<Article> {
  const a = await getPublishedArticle(db, slug);
  if (!a) throw new Error(`missing ${slug}`);
  return a;
}

describe("article JSON-LD", () => {
  it("describes a news article with authors, image, publisher and dates", async () => {
    const ld = articleJsonLd(await article("harbour-reopens"), siteUrl);
    expect(ld["@type"]).toBe("NewsArticle");
    expect(ld.headline).toBe("Harbour reopens");
    expect(ld.datePublished).toBe("2026-01-02T09:00:00.000Z");
    expect(ld.dateModified).toBe("2026-01-03T10:00:00.000Z");
    expect(ld.mainEntityOfPage).toBe(`${origin}/a/harbour-reopens`);
    expect(ld).not.toHaveProperty("@id");
    expect(ld.author).toEqual([
      { "@type": "Person", name: "Ana Petrescu", url: `${origin}/authors/ana` },
      { "@type": "Person", name: "Omid Rahimi", url: `${origin}/authors/omid` },
    ]);
    expect(ld.image).toEqual([{ "@type": "ImageObject", url: `${origin}/images/harbour.jpg`, width: 1600, height: 900 }]);
    expect(ld.publisher).toMatchObject({ "@type": "Organization", logo: { url: `${origin}/logo.png` } });
    expect(ld.isPartOf).toBeUndefined();
    expect(ld.inLanguage).toBe("en");
  });

  it("describes a blog post as a BlogPosting that is part of its blog", async () => {
    const ld = articleJsonLd(await article("заметки-с-парома"), siteUrl);
    expect(ld["@type"]).toBe("BlogPosting");
    expect(ld.inLanguage).toBe("ru");
    // A Russian post and its blog live in the Russian edition, whose name it is published under.
    expect(ld.isPartOf).toMatchObject({ "@type": "Blog", name: "Field Notes", url: `${origin}/ru/blogs/field-notes` });
    expect(ld.publisher).toMatchObject({ name: "Меридиан Диспетч", url: `${origin}/ru` });
    // Non-ASCII slugs come out percent-encoded, as in the feeds.
    expect(ld.url).toBe(`${origin}/ru/a/${encodeURIComponent("заметки-с-парома")}`);
  });

  it("builds a breadcrumb trail of absolute URLs", () => {
    const ld = breadcrumbJsonLd([{ name: "Home", path: "/" }, { name: "Field Notes", path: "/blogs/field-notes" }], siteUrl);
    expect(ld["@type"]).toBe("BreadcrumbList");
    expect(ld.itemListElement).toEqual([
      { "@type": "ListItem", position: 1, name: "Home", item: `${origin}/` },
      { "@type": "ListItem", position: 2, name: "Field Notes", item: `${origin}/blogs/field-notes` },
    ]);
  });
});

describe("JSON-LD in a script element", () => {
  it("cannot be broken out of by a hostile headline, and still parses to the same data", async () => {
    const hostile = "</script><script>alert(1)</script><!-- & \u2028\u2029 -->";
    const data = articleJsonLd({ ...(await article("harbour-reopens")), title: hostile }, siteUrl);
    const props = jsonLdScriptProps(data);
    const html = props.dangerouslySetInnerHTML.__html;
    expect(props.type).toBe("application/ld+json");
    expect(html).not.toMatch(/[<>&\u2028\u2029]/);
    expect(html.toLowerCase()).not.toContain("</script");
    expect(html).toContain("\\u003c/script\\u003e");
    expect(JSON.parse(html)).toEqual(JSON.parse(JSON.stringify(data)));
    expect(JSON.parse(html).headline).toBe(hostile);
    expect(serializeJsonLd([data, data])).toMatch(/^\[/);
  });
});

describe("metadata", () => {
  it("gives a blog's first page its bare URL and later pages their own", async () => {
    const blog = (await getBlog(db, "field-notes"))!;
    const first = blogMetadata(blog, 1, siteUrl);
    const third = blogMetadata(blog, 3, siteUrl);
    expect(first.alternates?.canonical).toBe(`${origin}/ru/blogs/field-notes`);
    expect(third.alternates?.canonical).toBe(`${origin}/ru/blogs/field-notes/page/3`);
    expect(third.title).not.toBe(first.title);
    expect(third.openGraph).toMatchObject({ url: `${origin}/ru/blogs/field-notes/page/3`, locale: "ru_RU" });
    const rss = first.alternates?.types?.["application/rss+xml"];
    expect(rss).toEqual([
      { url: `${origin}/ru/feeds/blogs/field-notes/rss.xml`, title: "Field Notes (RSS)" },
      expect.objectContaining({ url: `${origin}/ru/feeds/rss.xml` }),
    ]);
    expect(first.alternates?.types?.["application/atom+xml"]).toContainEqual(
      expect.objectContaining({ url: `${origin}/ru/feeds/blogs/field-notes/atom.xml` }),
    );
  });

  it("paginates author pages the same way", async () => {
    const author = (await getAuthor(db, "ana"))!;
    expect(authorMetadata(author, 1, siteUrl, defaultEdition).alternates?.canonical).toBe(`${origin}/authors/ana`);
    expect(authorMetadata(author, 3, siteUrl, defaultEdition).alternates?.canonical).toBe(`${origin}/authors/ana/page/3`);
    const tag = listingMetadata({ title: "Shipping", basePath: "/tags/shipping", edition: defaultEdition, posts: { page: 3 } }, siteUrl);
    expect(tag.alternates?.canonical).toBe(`${origin}/tags/shipping/page/3`);
  });

  it("describes an article for link previews", async () => {
    const meta = articleMetadata(await article("harbour-reopens"), siteUrl);
    expect(meta.title).toBe("Harbour reopens");
    expect(meta.description).toBe("Ships return after the storm.");
    expect(meta.alternates?.canonical).toBe(`${origin}/a/harbour-reopens`);
    expect(meta.openGraph).toMatchObject({
      type: "article",
      publishedTime: "2026-01-02T09:00:00.000Z",
      modifiedTime: "2026-01-03T10:00:00.000Z",
      authors: [`${origin}/authors/ana`, `${origin}/authors/omid`],
      tags: ["Shipping"],
      locale: "en_GB",
      // The share image (lib/og): the hero cropped to 1200×630, described by the hero's alt text.
      images: [{ url: expect.stringMatching(/^https:\/\/news\.example\.org\/og\/a\/harbour-reopens\.png\?v=/), width: 1200, height: 630, alt: "The harbour at dawn" }],
    });
    expect(meta.twitter).toMatchObject({ card: "summary_large_image" });
    // A news article offers only the site's feeds.
    expect(meta.alternates?.types?.["application/rss+xml"]).toEqual([expect.objectContaining({ url: `${origin}/feeds/rss.xml` })]);
  });

  it("uses the article's language and blog for a post in Russian", async () => {
    const meta = articleMetadata(await article("заметки-с-парома"), siteUrl);
    expect(meta.openGraph).toMatchObject({ locale: "ru_RU", section: "Field Notes" });
    // No hero: the generated card with the headline is the share image, so the large card still applies.
    expect(meta.twitter).toMatchObject({ card: "summary_large_image" });
    // The blog's feed first, then the site's; RSS only on an article (listings offer Atom too).
    expect(meta.alternates?.types?.["application/rss+xml"]).toEqual([
      expect.objectContaining({ url: `${origin}/ru/feeds/blogs/field-notes/rss.xml` }),
      expect.objectContaining({ url: `${origin}/ru/feeds/rss.xml` }),
    ]);
    expect(meta.alternates?.types).not.toHaveProperty("application/atom+xml");
  });

  it("gives the home page an absolute canonical and the site feeds", () => {
    const meta = homeMetadata(defaultEdition, siteUrl, editionList);
    expect(meta.alternates?.canonical).toBe(`${origin}/`);
    expect(meta.alternates?.types?.["application/atom+xml"]).toEqual([expect.objectContaining({ url: `${origin}/feeds/atom.xml` })]);
  });
});

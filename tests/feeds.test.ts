import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { listArticlesWithBody } from "@/lib/content/articles";
import { upsertAuthor } from "@/lib/content/authors";
import { upsertBlog } from "@/lib/content/blogs";
import type { Db } from "@/lib/db/connection";
import { seedArticle } from "@/lib/demo/seed";
import { atomXml, rssXml, type FeedInput } from "@/lib/feeds/build";
import { tempDb } from "./helpers/temp-db";
import { defaultEdition } from "@/lib/editions/registry";

let db: Db;
let cleanup: () => Promise<void>;

// A trailing slash, as siteUrl("") gives it: the feed must not produce "//a/…".
const siteUrl = "https://news.example.org/";
const origin = "https://news.example.org";
const marker = "Quillfeather7";
const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n, 9, 30)).toISOString();

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  isArray: (_name, jpath) =>
    [
      "rss.channel.item",
      "rss.channel.atom:link",
      "rss.channel.item.author",
      "rss.channel.item.category",
      "feed.link",
      "feed.entry",
      "feed.entry.link",
      "feed.entry.author",
      "feed.entry.category",
    ].includes(String(jpath)),
});

function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml);
}

const text = (node: unknown): string => (typeof node === "object" && node !== null ? String((node as { "#text": unknown })["#text"] ?? "") : String(node));

/** Undoes the HTML escaping of Atom's type="html" text. */
const unescapeHtml = (s: string) =>
  s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");

beforeEach(async () => {
  ({ db, cleanup } = await tempDb());
  await upsertAuthor(db, { slug: "ana", name: "Ana Petrescu" });
  await upsertAuthor(db, { slug: "omid", name: "Omid Rahimi" });
  await upsertBlog(db, { slug: "field-notes", title: "Field Notes", language: "en" });
  await seedArticle(db, {
    title: "Harbour reopens",
    summary: "Ships return after the storm.",
    body: "The harbour **reopened** on Monday.\n\nCrews worked through the night.",
    status: "published",
    publishedAt: day(1),
    updatedAt: day(2),
    authorSlugs: ["ana", "omid"],
    heroImage: { src: "/images/harbour.jpg", width: 1600, height: 900, alt: "The harbour at dawn" },
  });
  await seedArticle(db, {
    title: "Notes from the ferry",
    summary: "A crossing in fog.",
    body: "Fog all the way.",
    status: "published",
    publishedAt: day(3),
    blogSlug: "field-notes",
    authorSlugs: ["omid"],
  });
  await seedArticle(db, {
    title: "Night market",
    summary: "Lanterns and noodles.",
    body: "Stalls open at dusk.",
    status: "published",
    publishedAt: day(4),
    blogSlug: "field-notes",
  });
  await seedArticle(db, {
    title: `Draft ${marker}`,
    summary: `Not for readers ${marker}`,
    body: `Secret ${marker}`,
    status: "draft",
    blogSlug: "field-notes",
    authorSlugs: ["ana"],
  });
  await seedArticle(db, {
    title: `Embargoed ${marker}x`,
    body: "Later",
    status: "published",
    publishedAt: "2999-01-01T00:00:00.000Z",
  });
});
afterEach(async () => cleanup());

async function siteInput(selfPath: string): Promise<FeedInput> {
  return {
    title: "The Meridian Dispatch",
    description: "Independent reporting",
    siteUrl,
    selfPath,
    htmlPath: "/",
    language: "en",
    edition: defaultEdition,
    items: await listArticlesWithBody(db, { limit: 30 }),
  };
}

describe("RSS 2.0", () => {
  it("lists the published articles with absolute links, valid dates and a self link", async () => {
    const xml = rssXml(await siteInput("/feeds/rss.xml"));
    const channel = parse(xml).rss.channel;
    expect(xml).not.toContain(marker);
    expect(channel["atom:link"][0]["@_href"]).toBe(`${origin}/feeds/rss.xml`);
    expect(channel["atom:link"][0]["@_rel"]).toBe("self");
    expect(text(channel.link)).toBe(`${origin}/`);
    expect(text(channel.language)).toBe("en");

    const items = channel.item;
    expect(items.map((i: { title: string }) => text(i.title))).toEqual(["Night market", "Notes from the ferry", "Harbour reopens"]);
    for (const item of items) {
      expect(text(item.link)).toMatch(new RegExp(`^${origin}/a/[a-z-]+$`));
      expect(text(item.guid)).toBe(text(item.link));
      expect(item.guid["@_isPermaLink"]).toBe("true");
      expect(Number.isNaN(Date.parse(text(item.pubDate)))).toBe(false);
    }
    const harbour = items[2];
    expect(text(harbour.link)).toBe(`${origin}/a/harbour-reopens`);
    expect(new Date(text(harbour.pubDate)).toISOString()).toBe(day(1));
    expect(text(harbour.author[0])).toBe("Ana Petrescu, Omid Rahimi");
    expect(harbour.enclosure["@_url"]).toBe(`${origin}/images/harbour.jpg`);
    expect(harbour.enclosure["@_type"]).toBe("image/jpeg");
    expect(text(harbour.description)).toBe("Ships return after the storm.");
    // The body goes out as escaped plain-text paragraphs, never as raw Markdown.
    expect(text(harbour["content:encoded"])).toBe("<p>The harbour reopened on Monday.</p>\n<p>Crews worked through the night.</p>");
    expect(text(items[0].category[0])).toBe("Field Notes");
    expect(harbour.category).toBeUndefined();
    // The channel's date is the newest item's, so an unchanged feed renders the same bytes.
    expect(new Date(text(channel.lastBuildDate)).toISOString()).toBe(day(4));
  });

  it("keeps a blog's feed to that blog", async () => {
    const blogId = (await db.selectFrom("blogs").select("id").executeTakeFirstOrThrow()).id;
    const xml = rssXml({
      title: "Field Notes",
      description: "",
      siteUrl,
      selfPath: "/feeds/blogs/field-notes/rss.xml",
      htmlPath: "/blogs/field-notes",
      language: "en",
      edition: defaultEdition,
      items: await listArticlesWithBody(db, { blogId, limit: 30 }),
    });
    const channel = parse(xml).rss.channel;
    expect(xml).not.toContain(marker);
    expect(channel.item).toHaveLength(2);
    expect(text(channel.link)).toBe(`${origin}/blogs/field-notes`);
    expect(channel["atom:link"][0]["@_href"]).toBe(`${origin}/feeds/blogs/field-notes/rss.xml`);
  });
});

describe("Atom 1.0", () => {
  it("lists the published articles with ids, dates, authors and links", async () => {
    const xml = atomXml(await siteInput("/feeds/atom.xml"));
    const feed = parse(xml).feed;
    expect(xml).not.toContain(marker);
    expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed.link.find((l: Record<string, string>) => l["@_rel"] === "self")["@_href"]).toBe(`${origin}/feeds/atom.xml`);
    expect(feed.link.find((l: Record<string, string>) => l["@_rel"] === "alternate")["@_href"]).toBe(`${origin}/`);
    expect(text(feed.id)).toBe(`${origin}/`);
    expect(text(feed.updated)).toBe(day(4));

    const entries = feed.entry;
    expect(entries).toHaveLength(3);
    for (const e of entries) {
      const alternate = e.link.find((l: Record<string, string>) => l["@_rel"] === undefined)["@_href"];
      expect(alternate).toMatch(new RegExp(`^${origin}/a/[a-z-]+$`));
      expect(text(e.id)).toBe(alternate);
      expect(new Date(text(e.updated)).toISOString()).toBe(text(e.updated));
      expect(new Date(text(e.published)).toISOString()).toBe(text(e.published));
    }
    const harbour = entries[2];
    expect(text(harbour.published)).toBe(day(1));
    expect(text(harbour.updated)).toBe(day(2));
    expect(harbour.author.map((a: { name: string; uri: string }) => [text(a.name), text(a.uri)])).toEqual([
      ["Ana Petrescu", `${origin}/authors/ana`],
      ["Omid Rahimi", `${origin}/authors/omid`],
    ]);
    const enclosure = harbour.link.find((l: Record<string, string>) => l["@_rel"] === "enclosure");
    expect(enclosure["@_href"]).toBe(`${origin}/images/harbour.jpg`);
    expect(entries[0].category[0]["@_label"]).toBe("Field Notes");
    expect(entries[0].category[0]["@_term"]).toBe("field-notes");
  });
});

describe("hostile text", () => {
  it("stays well-formed XML and reads back as written", async () => {
    const title = 'Tom & "Jerry" <script>alert(1)</script> ]]> and again ]]>\u0001';
    const [item] = await listArticlesWithBody(db, { limit: 1 });
    const input: FeedInput = {
      ...(await siteInput("/feeds/rss.xml")),
      title: "A <b>&amp; feed",
      items: [{ ...item, title, summary: "x < y & z", blog: { slug: "field-notes", title: "Fish <&> Chips" } }],
    };
    const rss = parse(rssXml(input)).rss.channel;
    expect(text(rss.title)).toBe("A <b>& feed");
    expect(text(rss.item[0].title).replaceAll("\u200B", "")).toBe(title.replace("\u0001", ""));
    expect(unescapeHtml(text(rss.item[0].description))).toBe("x < y & z");

    const atom = parse(atomXml({ ...input, selfPath: "/feeds/atom.xml" })).feed;
    expect(unescapeHtml(text(atom.entry[0].title))).toBe(title.replace("\u0001", ""));
    expect(atom.entry[0].category[0]["@_label"]).toBe("Fish \uFF1C&> Chips");
  });
});

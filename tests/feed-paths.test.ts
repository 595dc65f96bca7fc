import { describe, expect, it } from "vitest";
import { blogFeedPath, feedFormatOfFile, feedFormats, siteFeedPath, topicFeedPath } from "@/lib/feeds/paths";

describe("feed routes' [file] segment", () => {
  it("names a format for rss.xml and atom.xml only", () => {
    expect(feedFormatOfFile("rss.xml")).toBe("rss");
    expect(feedFormatOfFile("atom.xml")).toBe("atom");
    for (const file of ["foo.xml", "rss", "RSS.xml", "rss.xml.bak", "feed.json", ""]) expect(feedFormatOfFile(file), file).toBeNull();
  });

  it("is the last segment of every feed's path", () => {
    for (const format of feedFormats) {
      for (const path of [siteFeedPath(format, "en"), blogFeedPath("field-notes", "en", format), topicFeedPath("harbour", "fa", format)]) {
        expect(feedFormatOfFile(path.split("/").at(-1)!), path).toBe(format);
      }
    }
    expect([siteFeedPath("rss", "en"), blogFeedPath("field-notes", "en", "atom"), topicFeedPath("harbour", "en", "rss")]).toEqual([
      "/feeds/rss.xml",
      "/feeds/blogs/field-notes/atom.xml",
      "/feeds/tags/harbour/rss.xml",
    ]);
  });

  it("puts another edition's feeds under its code, and a blog's in its language's edition", () => {
    expect([siteFeedPath("rss", "fa"), blogFeedPath("kaghaz", "fa", "atom"), blogFeedPath("field-notes", "uk", "rss"), topicFeedPath("harbour", "ru", "rss")]).toEqual([
      "/fa/feeds/rss.xml",
      "/fa/feeds/blogs/kaghaz/atom.xml",
      // Ukrainian has no edition of its own: its blogs sit in the default edition.
      "/feeds/blogs/field-notes/rss.xml",
      "/ru/feeds/tags/harbour/rss.xml",
    ]);
  });
});

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
      for (const path of [siteFeedPath(format), blogFeedPath("field-notes", format), topicFeedPath("harbour", format)]) {
        expect(feedFormatOfFile(path.split("/").at(-1)!), path).toBe(format);
      }
    }
    expect([siteFeedPath("rss"), blogFeedPath("field-notes", "atom"), topicFeedPath("harbour", "rss")]).toEqual([
      "/feeds/rss.xml",
      "/feeds/blogs/field-notes/atom.xml",
      "/feeds/tags/harbour/rss.xml",
    ]);
  });
});

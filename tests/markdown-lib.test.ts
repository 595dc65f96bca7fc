import { describe, expect, test } from "vitest";
import { parseImageTitle } from "@/lib/markdown/image-title";
import { usableDimensions } from "@/lib/markdown/images";
import { bodyImageSources, bodyImageUrls, parseMarkdown } from "@/lib/markdown/parse";
import { markdownToPlainText } from "@/lib/markdown/plain-text";
import { clampHeadingDepth, createSlugger, slugify } from "@/lib/markdown/slug";
import { isLibraryImageSrc, safeImageSrc, safeLink } from "@/lib/markdown/urls";

const SITE = "https://news.example.org";

describe("safeLink", () => {
  test.each([
    ["https://other.example/a", { href: "https://other.example/a", external: true }],
    ["HTTP://other.example", { href: "HTTP://other.example", external: true }],
    ["https://news.example.org/world", { href: "https://news.example.org/world", external: false }],
    ["/world/2026", { href: "/world/2026", external: false }],
    ["#background", { href: "#background", external: false }],
    ["mailto:desk@example.org", { href: "mailto:desk@example.org", external: false }],
  ])("allows %s", (url, expected) => {
    expect(safeLink(url, SITE)).toEqual(expected);
  });

  test.each([
    "javascript:alert(1)",
    " JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "\u200bjavascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "//evil.example",
    "/\\evil.example",
    "https://",
    "mailto:",
    "relative/path",
    "",
  ])("refuses %j", (url) => {
    expect(safeLink(url, SITE)).toBeNull();
  });
});

describe("safeImageSrc", () => {
  test("allows same-site paths and https only", () => {
    expect(safeImageSrc("/images/a.jpg")).toBe("/images/a.jpg");
    expect(safeImageSrc("https://cdn.example/a.jpg")).toBe("https://cdn.example/a.jpg");
    for (const bad of ["http://cdn.example/a.jpg", "//cdn.example/a.jpg", "data:image/png;base64,AA", "javascript:x", "a.jpg"]) {
      expect(safeImageSrc(bad)).toBeNull();
    }
  });
});

describe("isLibraryImageSrc", () => {
  test.each([
    "/media/0f8b3c1e-2a4d-4e6f-8a9b-0c1d2e3f4a5b.jpg",
    "/media/harbour.jpg",
    "/images/demo/elsen-flood-map.webp",
    "/images/a.jpg",
  ])("counts %j as the media library's", (src) => {
    expect(isLibraryImageSrc(src)).toBe(true);
  });

  test.each([
    "https://example.org/a.jpg",
    "https://news.example.org/media/a.jpg",
    "http://example.org/a.jpg",
    "//example.org/a.jpg",
    "/\\example.org/a.jpg",
    "data:image/png;base64,AAAA",
    "javascript:alert(1)",
    "media/a.jpg",
    "/media/",
    "/media/a/b.jpg",
    "/media/../api/health",
    "/images/../package.json",
    "/images/%2e%2e/package.json",
    "/images/./a.jpg",
    "/images/a.jpg?x=1",
    "/images/a.jpg#x",
    "/images/a b.jpg",
    " /images/a.jpg",
    "/logo.png",
    "/og/a/story.png",
    "",
  ])("refuses %j", (src) => {
    expect(isLibraryImageSrc(src)).toBe(false);
  });
});

describe("headings", () => {
  test("slugs keep letters of every script and drop punctuation", () => {
    expect(slugify("  What happened — and why?  ")).toBe("what-happened-and-why");
    expect(slugify("Выборы в Москве")).toBe("выборы-в-москве");
    expect(slugify("گزارش «ویژه»")).toBe("گزارش-ویژه");
  });

  test("a slugger de-duplicates and never returns an empty id", () => {
    const slug = createSlugger();
    expect([slug("Intro"), slug("Intro"), slug("Intro"), slug("?!"), slug("…")]).toEqual(["sec-intro", "sec-intro-1", "sec-intro-2", "sec-section", "sec-section-1"]);
  });

  test("depths clamp to h2–h4", () => {
    expect([1, 2, 3, 4, 5, 6].map(clampHeadingDepth)).toEqual([2, 2, 3, 4, 4, 4]);
  });
});

describe("image title convention", () => {
  test("caption | credit, credit optional, last bar separates", () => {
    expect(parseImageTitle("Boats at dawn | Photo: AP")).toEqual({ caption: "Boats at dawn", credit: "Photo: AP" });
    expect(parseImageTitle("Just a caption")).toEqual({ caption: "Just a caption", credit: null });
    expect(parseImageTitle("| Photo: AP")).toEqual({ caption: null, credit: "Photo: AP" });
    expect(parseImageTitle("A | B | Reuters")).toEqual({ caption: "A | B", credit: "Reuters" });
    expect(parseImageTitle(null)).toEqual({ caption: null, credit: null });
  });

  test("dimensions must be positive numbers to be used", () => {
    expect(usableDimensions({ width: 800, height: 600 })).toEqual({ width: 800, height: 600 });
    expect(usableDimensions({ width: 0, height: 600 })).toBeNull();
    expect(usableDimensions({ width: Number.NaN, height: 600 })).toBeNull();
    expect(usableDimensions(undefined)).toBeNull();
  });
});

describe("bodyImageSources", () => {
  test("lists allowed srcs once, in order, including reference-style and nested images", () => {
    const md = [
      "![a](/images/a.jpg)",
      "[![b](/images/b.jpg)](https://x.example)",
      "![c][c] ![a again](/images/a.jpg) ![bad](http://x.example/c.jpg)",
      "| t |\n|---|\n| ![d](https://cdn.example/d.png) |",
      "[c]: /images/c.jpg",
    ].join("\n\n");
    expect(bodyImageSources(md)).toEqual(["/images/a.jpg", "/images/b.jpg", "/images/c.jpg", "https://cdn.example/d.png"]);
  });

  test("bodyImageUrls lists every image address as written, allowed or not, and none from code or links", () => {
    const md = [
      "![a](/images/a.jpg) ![bad](http://x.example/c.jpg) ![d](data:image/png;base64,AA)",
      "[![b](//x.example/b.jpg)](https://x.example) [not an image](https://x.example/e.jpg)",
      "- ![c][c]\n- `![code](https://x.example/code.jpg)`",
      "[c]: https://x.example/ref.jpg",
    ].join("\n\n");
    expect(bodyImageUrls(md)).toEqual([
      "/images/a.jpg",
      "http://x.example/c.jpg",
      "data:image/png;base64,AA",
      "//x.example/b.jpg",
      "https://x.example/ref.jpg",
    ]);
    expect(bodyImageUrls("No images, [a link](https://x.example) and ! [spaced](https://x.example/a.jpg)")).toEqual([]);
  });

  test("parseMarkdown resolves references and removes definitions", () => {
    const tree = parseMarkdown("[x][r]\n\n[r]: /target");
    expect(tree.children.map((n) => n.type)).toEqual(["paragraph"]);
    expect(JSON.stringify(tree)).toContain('"type":"link","url":"/target"');
  });
});

describe("markdownToPlainText", () => {
  test("strips syntax, HTML, images and footnotes; keeps text as written", () => {
    const md = [
      "# “Headline” — part one…",
      "Some **bold** and *emphasis* with a [link](https://x.example) and `code`.\nSecond line.",
      "<script>alert(1)</script>",
      "Inline <b>html</b> here.[^n]",
      "![alt text](/images/a.jpg \"Caption | Credit\")",
      "> Москва — город.\n>\n> — Автор",
      "- one\n- two",
      "| a | b |\n|---|---|\n| 1 | 2 |",
      "---",
      "[^n]: Footnote text.",
      "تهران «پایتخت» است.",
    ].join("\n\n");
    expect(markdownToPlainText(md)).toBe(
      [
        "“Headline” — part one…",
        "Some bold and emphasis with a link and code. Second line.",
        "Inline html here.",
        "Москва — город.",
        "— Автор",
        "one",
        "two",
        "a b\n1 2",
        "تهران «پایتخت» است.",
      ].join("\n\n"),
    );
  });

  test("empty input gives empty text", () => {
    expect(markdownToPlainText("")).toBe("");
    expect(markdownToPlainText("<div>only html</div>")).toBe("");
  });
});

import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { ArticleBody, type ArticleBodyProps } from "@/components/article/ArticleBody";

const SITE = "https://news.example.org";

function render(markdown: string, props: Partial<ArticleBodyProps> = {}): string {
  return renderToStaticMarkup(<ArticleBody markdown={markdown} siteUrl={SITE} {...props} />);
}

/** All href values in the output, entity-decoded enough to catch hidden schemes. */
function hrefs(html: string): string[] {
  return [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, "&"));
}

describe("ArticleBody: untrusted markup never becomes HTML", () => {
  test("a script block produces no script element", () => {
    const html = render("Before\n\n<script>alert(1)</script>\n\nAfter <script>alert(2)</script> inline");
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("Before");
    expect(html).toContain("After");
    expect(html).toMatch(/^<div class="article-body">/);
  });

  test("raw img with onerror and iframes produce no such elements or attributes", () => {
    const html = render(
      '<img src=x onerror=alert(1)>\n\nHello <img src=x onerror="alert(1)"> world\n\n<iframe src="https://evil.example"></iframe>\n\n<div onclick="x()">block</div>',
    );
    expect(html).not.toMatch(/<iframe/i);
    expect(html).not.toMatch(/onerror/i);
    expect(html).not.toMatch(/onclick/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain("Hello");
    expect(html).toContain("world");
  });

  test("text that looks like markup is escaped, not parsed", () => {
    const html = render("Use `<b>` and 1 &lt; 2 and a \\<script> literal");
    expect(html).toContain("<code");
    expect(html).toContain("&lt;b&gt;");
    expect(html).not.toMatch(/<script/i);
  });

  test.each([
    "[click](javascript:alert(1))",
    "[click]( JaVaScRiPt:alert(1))",
    "[click](<java\tscript:alert(1)>)",
    "[click](<java\nscript:alert(1)>)",
    "[click](&#106;avascript:alert(1))",
    "[click](&#x6A;avascript&colon;alert(1))",
    "[click](&#0000106;&#0000097;vascript:alert(1))",
    "[click](\u0001javascript:alert(1))",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[click](vbscript:msgbox(1))",
    "[click](//evil.example/x)",
    "[click](/\\evil.example/x)",
    "[click](relative/path)",
    "[click][ref]\n\n[ref]: javascript:alert(1)",
    "[click][ref]\n\n[ref]: <JAVASCRIPT:alert(1)>",
  ])("unsafe link %j renders its text without a link", (md) => {
    const html = render(md);
    expect(html).not.toContain("<a");
    expect(hrefs(html)).toEqual([]);
    expect(html).toContain("click");
  });

  test("an autolink with a javascript scheme is not a link", () => {
    const html = render("<javascript:alert(1)>");
    expect(html).not.toContain("<a");
  });

  test("C0 control characters, invalid in HTML text, are removed", () => {
    expect(render("a\u0001b\u001fc")).toContain(">abc</p>");
  });

  test("footnotes are dropped, surrounding text kept", () => {
    const html = render("Claim.[^1]\n\n[^1]: Source note.");
    expect(html).toContain("Claim.");
    expect(html).not.toContain("Source note");
    expect(html).not.toContain("<sup");
  });
});

describe("ArticleBody: links", () => {
  test("external https links get rel=noopener noreferrer; own-site and relative links do not", () => {
    const html = render(
      "[ext](https://other.example/a?b=1&c=2) [own](https://news.example.org/x) [rel](/news/today) [frag](#section) [mail](mailto:desk@example.org) <https://auto.example>",
    );
    expect(html).toContain('<a href="https://other.example/a?b=1&amp;c=2" rel="noopener noreferrer"');
    expect(html).toContain('<a href="https://auto.example" rel="noopener noreferrer"');
    expect(html).toMatch(/<a href="https:\/\/news\.example\.org\/x">own<\/a>/);
    expect(html).toMatch(/<a href="\/news\/today">rel<\/a>/);
    expect(html).toMatch(/<a href="#section">frag<\/a>/);
    expect(html).toMatch(/<a href="mailto:desk@example.org">mail<\/a>/);
  });

  test("reference-style links resolve", () => {
    const html = render("See [the report][r].\n\n[r]: https://other.example/report \"Report\"");
    expect(html).toContain('href="https://other.example/report"');
    expect(html).toContain('title="Report"');
  });
});

describe("ArticleBody: structure", () => {
  test("h1 renders as h2, h5 and h6 as h4, with stable unique ids", () => {
    const html = render("# Top\n\n## Second\n\n### Third\n\n##### Fifth\n\n###### Sixth\n\n## Second");
    expect(html).not.toMatch(/<h1|<h5|<h6/);
    expect(html).toMatch(/<h2 id="sec-top"[^>]*>Top<\/h2>/);
    expect(html).toMatch(/<h2 id="sec-second"[^>]*>Second<\/h2>/);
    expect(html).toMatch(/<h3 id="sec-third"[^>]*>Third<\/h3>/);
    expect(html).toMatch(/<h4 id="sec-fifth"[^>]*>Fifth<\/h4>/);
    expect(html).toMatch(/<h4 id="sec-sixth"[^>]*>Sixth<\/h4>/);
    expect(html).toMatch(/<h2 id="sec-second-1"/);
  });

  test("heading ids keep non-Latin letters", () => {
    const html = render("## Выборы в Москве\n\n## انتخابات ۱۴۰۳ در تهران!");
    expect(html).toContain('id="sec-выборы-в-москве"');
    expect(html).toContain('id="sec-انتخابات-۱۴۰۳-در-تهران"');
  });

  test("GFM tables render with thead, tbody, th scope=col and alignment", () => {
    const html = render("| City | Votes | Share |\n|:-----|------:|:-----:|\n| Tehran | 1,200 | 40% |\n| Mashhad | 900 | 30% |");
    expect(html).toMatch(/<table[^>]*><thead><tr><th scope="col"/);
    expect((html.match(/<th scope="col"/g) ?? []).length).toBe(3);
    expect(html).toMatch(/<th scope="col" class="[^"]*text-left[^"]*">City<\/th>/);
    expect(html).toMatch(/<th scope="col" class="[^"]*text-right[^"]*">Votes<\/th>/);
    expect(html).toMatch(/<th scope="col" class="[^"]*text-center[^"]*">Share<\/th>/);
    expect(html).toMatch(/<tbody><tr><td class="[^"]*text-left[^"]*">Tehran<\/td>/);
    expect((html.match(/<tr>/g) ?? []).length).toBe(3);
  });

  test("lists, ordered start, task items, emphasis, code, breaks and rules", () => {
    const html = render(
      "- one\n- **two**\n- [x] done\n\n3. third\n4. fourth\n\n*em* `code` ~~gone~~  \nnext line\n\n---\n\n```js\nconst a = \"<b>\";\n```",
    );
    expect(html).toMatch(/<ul[^>]*><li[^>]*>one<\/li><li[^>]*><strong>two<\/strong><\/li><li[^>]*>done<\/li><\/ul>/);
    expect(html).toMatch(/<ol start="3"[^>]*><li[^>]*>third<\/li>/);
    expect(html).not.toContain("<input");
    expect(html).toContain("<em>em</em>");
    expect(html).toMatch(/<code[^>]*>code<\/code>/);
    expect(html).toContain("<del>gone</del>");
    expect(html).toContain("<br/>");
    expect(html).toMatch(/<hr[^>]*\/>/);
    expect(html).toMatch(/<pre[^>]*><code>const a = &quot;&lt;b&gt;&quot;;<\/code><\/pre>/);
  });

  test("loose list items keep their paragraphs", () => {
    const html = render("- one\n\n- two");
    expect(html).toMatch(/<li[^>]*><p[^>]*>one<\/p><\/li>/);
  });

  test("blockquote attribution on its own line renders in figcaption > cite", () => {
    const html = render("> The harbour will reopen by spring.\n>\n> — Minister of Transport, *at the briefing*");
    expect(html).toMatch(
      /<figure[^>]*><blockquote[^>]*><p[^>]*>The harbour will reopen by spring\.<\/p><\/blockquote><figcaption[^>]*>—\u00a0<cite[^>]*>Minister of Transport, <em>at the briefing<\/em><\/cite><\/figcaption><\/figure>/,
    );
  });

  test("attribution on the quote's last line, with --, is split off", () => {
    const html = render("> We will not leave.\n> -- A resident");
    expect(html).toMatch(/<blockquote[^>]*><p[^>]*>We will not leave\.<\/p><\/blockquote><figcaption[^>]*>—\u00a0<cite[^>]*>A resident<\/cite>/);
  });

  test("a quote without a dash has no attribution", () => {
    const html = render("> Plain quote.\n>\n> Second paragraph.");
    expect(html).not.toContain("<cite");
    expect(html).toMatch(/<blockquote[^>]*><p[^>]*>Plain quote\.<\/p><p[^>]*>Second paragraph\.<\/p><\/blockquote>/);
  });
});

describe("ArticleBody: images", () => {
  test("caption and credit render in figcaption, outside any paragraph", () => {
    const html = render('Intro text.\n\n![Boats at dawn](/images/harbour.jpg "Fishing boats at dawn | Photo: Reza Ahmadi")');
    expect(html).toMatch(/<figure[^>]*><img[^>]*alt="Boats at dawn"/);
    expect(html).toMatch(
      /<figcaption[^>]*>Fishing boats at dawn <span class="article-body__credit[^"]*">Photo: Reza Ahmadi<\/span><\/figcaption><\/figure>/,
    );
    expect(html).not.toMatch(/<p[^>]*>(?:(?!<\/p>).)*<figure/);
  });

  test("unknown dimensions: plain lazy img with an empty alt when none is given", () => {
    const html = render("![](/images/a.jpg)");
    expect(html).toMatch(/<img src="\/images\/a\.jpg" alt="" loading="lazy" decoding="async"/);
    expect(html).not.toContain("<figcaption");
  });

  test("known dimensions: next/image with width, height and sizes", () => {
    const html = render('![Map](/images/map.png "The route")', { images: { "/images/map.png": { width: 1600, height: 900 } } });
    expect(html).toMatch(/<img alt="Map"[^>]* width="1600" height="900"/);
    expect(html).toContain('sizes="(min-width: 768px) 720px, 100vw"');
    expect(html).toContain("/_next/image?url=%2Fimages%2Fmap.png");
  });

  test("an https image on another site (a body saved before the media-library rule) is a link named by its alt, never an img", () => {
    const html = render(
      [
        '![The quay at dawn](https://cdn.example/p.jpg "Caption")',
        "![](https://cdn.example/no-alt.jpg)",
        "- item ![In a list](https://cdn.example/li.jpg)",
        "[![Inside a link](https://cdn.example/in-link.jpg)](/a/story)",
        "| t |\n|---|\n| ![In a cell](https://cdn.example/cell.jpg) |",
        "![ref][r]\n\n[r]: https://cdn.example/ref.jpg",
      ].join("\n\n"),
      { images: { "https://cdn.example/p.jpg": { width: 40, height: 30 } } },
    );
    expect(html).not.toContain("<img");
    expect(html).not.toMatch(/src="https?:|srcset=/);
    expect(html).toContain('<a href="https://cdn.example/p.jpg" rel="noopener noreferrer"');
    expect(html).toMatch(/<a href="https:\/\/cdn\.example\/p\.jpg"[^>]*>The quay at dawn<\/a>/);
    expect(html).toMatch(/<a href="https:\/\/cdn\.example\/no-alt\.jpg"[^>]*>https:\/\/cdn\.example\/no-alt\.jpg<\/a>/);
    expect(html).toMatch(/>In a list<\/a>/);
    expect(html).toMatch(/>In a cell<\/a>/);
    expect(html).toMatch(/>ref<\/a>/);
    // A link may not hold another: the story link keeps the alt text as its words.
    expect(html).toMatch(/<a href="\/a\/story"[^>]*>Inside a link<\/a>/);
    expect(hrefs(html)).not.toContain("https://cdn.example/in-link.jpg");
  });

  test("images from http, data, javascript or protocol-relative srcs are dropped", () => {
    const html = render(
      "![a](http://plain.example/a.jpg)\n\n![b](data:image/png;base64,AAAA)\n\n![c](javascript:alert(1))\n\n![d](//evil.example/d.jpg)\n\ntext",
    );
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<figure");
    expect(html).toContain("text");
  });
});

describe("ArticleBody: text comes through as written", () => {
  test("typographic characters, Cyrillic and Persian are byte-for-byte", () => {
    const samples = [
      "“Quoted,” she said — and then… nothing. It’s ‘fine’.",
      "Москва: «Выборы прошли спокойно», — заявил он.",
      "تهران: «انتخابات به‌آرامی برگزار شد» — او گفت…",
    ];
    const html = render(samples.join("\n\n"));
    for (const s of samples) expect(html).toContain(`>${s}</p>`);
    expect(html).not.toMatch(/&[a-z]+;|&#/i);
  });

  test('straight quotes and "--" are not made smart', () => {
    const html = render('He said "yes" -- then left...');
    expect(html).toContain("He said &quot;yes&quot; -- then left...");
  });
});

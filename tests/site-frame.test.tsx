import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { SiteFrame } from "@/components/layout/SiteFrame";
import type { Blog } from "@/lib/content/types";
import { ui } from "@/lib/i18n/ui";
import { site } from "@/lib/site";
import { defaultEdition, editionByCode } from "@/lib/editions/registry";

function blogs(n: number, language = "en"): Blog[] {
  return Array.from({ length: n }, (_, i) => ({ id: i + 1, slug: `blog-${i + 1}`, title: `Blog ${i + 1}`, description: "", about: "", language, cover: null }));
}

function navLinks(html: string): string[] {
  const nav = html.match(/<nav id="main-nav"[^>]*>(.*?)<\/nav>/s)?.[1] ?? "";
  return [...nav.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
}

function render(n: number, edition = defaultEdition): string {
  return renderToStaticMarkup(
    <SiteFrame edition={edition} t={ui(edition.lang)} blogs={blogs(n, edition.lang)} banner={null}>
      <p>story</p>
    </SiteFrame>,
  );
}

describe("the site frame", () => {
  test("links an edition's own pages under its code, in its words, with the others' homes in the switcher", () => {
    const fa = editionByCode("fa")!;
    const html = render(2, fa);
    expect(navLinks(html)).toEqual(["/fa", "/fa/news", "/fa/blogs/blog-1", "/fa/blogs/blog-2"]);
    expect(html).toContain('action="/fa/search"');
    expect(html).toContain('href="/fa/feeds/rss.xml"');
    expect(html).toContain(`>${fa.siteName}</a>`);
    expect(html).toContain(`>${ui("fa").skipToMain}</a>`);
    const switcher = html.match(/<ul aria-label="[^"]*" class="edition-switcher">(.*?)<\/ul>/s)?.[1] ?? "";
    expect([...switcher.matchAll(/<a href="([^"]*)" lang="([^"]*)"/g)].map((m) => [m[1], m[2]])).toEqual([
      ["/", "en"],
      ["/ru", "ru"],
    ]);
  });

  test("names every blog in the main navigation while there are few", () => {
    expect(navLinks(render(3))).toEqual(["/", "/news", "/blogs/blog-1", "/blogs/blog-2", "/blogs/blog-3"]);
  });

  test(`names at most ${site.navBlogs} blogs, then links to the list of every blog`, () => {
    const links = navLinks(render(site.navBlogs + 5));
    expect(links).toHaveLength(2 + site.navBlogs + 1);
    expect(links.slice(2, -1)).toEqual(blogs(site.navBlogs).map((b) => `/blogs/${b.slug}`));
    expect(links.at(-1)).toBe("/blogs");
    expect(render(site.navBlogs + 5)).toContain(">All blogs</a>");
  });

  test("keeps skip links first, then the header, the content in main, and the footer", () => {
    const html = render(1);
    const order = ["Skip to main content", 'role="banner"', '<main id="main"', "<p>story</p>", 'role="contentinfo"'].map((s) => html.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(html).toContain(`© ${new Date().getUTCFullYear()} ${site.name}`);
  });
});

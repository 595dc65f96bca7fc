import { describe, expect, it } from "vitest";
import type { Article, TranslationRef } from "@/lib/content/types";
import { editionList } from "@/lib/editions/registry";
import { editionOfLanguage, editionOfParam, editionPath } from "@/lib/editions/paths";
import { articleMetadata } from "@/lib/seo/metadata.next";
import { articleJsonLd } from "@/lib/seo/jsonld";
import { articleCrumbs } from "@/lib/reader/breadcrumbs";
import { ui } from "@/lib/i18n/ui";
import { articlePath, authorPath, blogPath, homePath, newsPath, searchPagePath, topicPath } from "@/lib/urls";

describe("edition paths", () => {
  it("keeps the default edition at the root and puts the others under their code", () => {
    expect(editionPath("en", "/")).toBe("/");
    expect(editionPath("en", "/news")).toBe("/news");
    expect(editionPath("fa", "/")).toBe("/fa");
    expect(editionPath("fa", "/news")).toBe("/fa/news");
    expect([homePath("ru"), newsPath("ru", 2), searchPagePath("ru"), authorPath("anna", "ru", 3), topicPath("port", "fa")]).toEqual([
      "/ru",
      "/ru/news/page/2",
      "/ru/search",
      "/ru/authors/anna/page/3",
      "/fa/tags/port",
    ]);
  });

  it("puts an article and a blog in the edition of their language, and languages without one in the default", () => {
    expect(articlePath("cheragh", "fa")).toBe("/fa/a/cheragh");
    expect(articlePath("school", "uk")).toBe("/a/school");
    expect(articlePath("storm", "en")).toBe("/a/storm");
    expect(blogPath("fanoos", "fa", 2)).toBe("/fa/blogs/fanoos/page/2");
    expect(editionOfLanguage("ar").isDefault).toBe(true);
    expect(editionOfLanguage("ru").code).toBe("ru");
  });

  it("knows only the registry's codes in a URL", () => {
    for (const e of editionList) expect(editionOfParam(e.code)).toBe(e);
    for (const code of ["xx", "", "FA", "fa-IR", "_next"]) expect(editionOfParam(code), code).toBeUndefined();
  });

  it("builds an article's breadcrumb in its edition", () => {
    const crumbs = articleCrumbs({ slug: "cheragh", title: "چراغ", blog: { slug: "fanoos", title: "فانوس" }, language: "fa" }, ui("fa"));
    expect(crumbs.map((c) => c.path)).toEqual(["/fa", "/fa/blogs/fanoos", "/fa/a/cheragh"]);
    expect(crumbs[0].name).toBe(ui("fa").home);
  });
});

describe("hreflang alternates of an article with translations", () => {
  const article = (slug: string, language: string): Article => ({
    id: 1,
    slug,
    title: "T",
    summary: "",
    language,
    publishedAt: "2026-11-01T00:00:00.000Z",
    updatedAt: "2026-11-01T00:00:00.000Z",
    heroImage: null,
    blog: null,
    authors: [],
    body: "x",
    status: "published",
    tags: [],
    topStory: false,
  });
  const ref = (id: number, slug: string, language: string): TranslationRef => ({ id, slug, title: "T", language, edition: editionOfLanguage(language).code, status: "published", source: language === "en" });
  const site = "https://news.example.org/";

  it("lists every version and x-default (the default edition's), the same set from each version", () => {
    const fromFa = articleMetadata(article("bridge-fa", "fa"), site, { versions: [ref(2, "bridge", "en"), ref(3, "bridge-ru", "ru")] });
    const fromEn = articleMetadata(article("bridge", "en"), site, { versions: [ref(4, "bridge-fa", "fa"), ref(3, "bridge-ru", "ru")] });
    const expected = {
      en: "https://news.example.org/a/bridge",
      ru: "https://news.example.org/ru/a/bridge-ru",
      fa: "https://news.example.org/fa/a/bridge-fa",
      "x-default": "https://news.example.org/a/bridge",
    };
    expect(fromFa.alternates?.languages).toEqual(expected);
    expect(fromEn.alternates?.languages).toEqual(expected);
    expect(fromFa.alternates?.canonical).toBe("https://news.example.org/fa/a/bridge-fa");
  });

  it("has none for an article without versions", () => {
    expect(articleMetadata(article("solo", "en"), site).alternates).not.toHaveProperty("languages");
  });
});

describe("JSON-LD of an article with translations", () => {
  const site = "https://news.example.org/";
  const base = { id: 1, title: "T", summary: "", publishedAt: null, updatedAt: "2026-11-01T00:00:00.000Z", heroImage: null, blog: null, authors: [], body: "x", status: "published" as const, tags: [], topStory: false };
  const ref = (id: number, slug: string, language: string, source: boolean): TranslationRef => ({ id, slug, title: "T", language, edition: editionOfLanguage(language).code, status: "published", source });

  it("gives the original its translations and each translation its original, with their languages", () => {
    const original = articleJsonLd({ ...base, slug: "bridge", language: "en" }, site, [ref(2, "bridge-ru", "ru", false), ref(3, "bridge-fa", "fa", false)]);
    expect(original.workTranslation).toEqual([
      { "@type": "CreativeWork", "@id": "https://news.example.org/ru/a/bridge-ru", inLanguage: "ru" },
      { "@type": "CreativeWork", "@id": "https://news.example.org/fa/a/bridge-fa", inLanguage: "fa" },
    ]);
    expect(original).not.toHaveProperty("translationOfWork");
    const translation = articleJsonLd({ ...base, slug: "bridge-fa", language: "fa" }, site, [ref(1, "bridge", "en", true), ref(2, "bridge-ru", "ru", false)]);
    expect(translation.translationOfWork).toEqual({ "@type": "CreativeWork", "@id": "https://news.example.org/a/bridge", inLanguage: "en" });
    expect(translation.inLanguage).toBe("fa");
    expect(translation.url).toBe("https://news.example.org/fa/a/bridge-fa");
  });
});

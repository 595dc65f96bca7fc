import { describe, expect, it } from "vitest";
import { defaultEdition, editionByCode, editionList, knownLanguages } from "@/lib/editions/registry";
import { ogLocale } from "@/lib/seo/metadata.next";
import { formatDate, formatNames } from "@/lib/reader/dates";
import { edition, editions, site } from "@/lib/site";
import { hasCompleteStrings, ui } from "@/lib/i18n/ui";

describe("the edition registry", () => {
  it("has English as the one default edition, with Russian and Persian beside it", () => {
    expect(defaultEdition.code).toBe("en");
    expect(editionList.filter((e) => e.isDefault)).toHaveLength(1);
    expect(editionList.map((e) => e.code)).toEqual(["en", "ru", "fa"]);
    expect(editionByCode("fa")).toMatchObject({ lang: "fa", dir: "rtl", label: "فارسی" });
    expect(editionByCode("xx")).toBeUndefined();
  });

  it("is what lib/site.ts shows: every known language, the default edition's name", () => {
    expect(Object.keys(editions)).toEqual(knownLanguages.map((l) => l.lang));
    expect(site.name).toBe(defaultEdition.siteName);
    expect(edition("ar")).toMatchObject({ dir: "rtl" });
    // A language nobody configured still renders, left to right, in its own locale.
    expect(edition("sw")).toEqual({ lang: "sw", dir: "ltr", locale: "sw", label: "sw" });
  });

  it("gives each edition a site name and tagline in its own script", () => {
    expect(editionByCode("ru")!.siteName).toMatch(/\p{Script=Cyrillic}/u);
    expect(editionByCode("fa")!.siteName).toMatch(/\p{Script=Arabic}/u);
    expect(editionByCode("fa")!.tagline).toMatch(/\p{Script=Arabic}/u);
  });

  it("lists bylines in each edition's own way, not with an English comma", () => {
    expect(formatNames(["Anna", "Boris"], edition("ru").locale)).toBe("Anna и Boris");
    const fa = formatNames(["کاوه", "نسرین", "مینا"], edition("fa").locale);
    expect(fa).toContain("،");
    expect(fa).toContain(" و ");
    expect(formatNames(["A", "B", "C"], edition("en").locale)).toBe("A, B and C");
  });

  it("dates a Persian page in the Solar Hijri calendar with Persian digits, and og:locale stays fa_IR", () => {
    expect(formatDate("2026-12-04T10:00:00Z", edition("fa").locale)).toBe("۱۳ آذر ۱۴۰۵");
    expect(formatDate("2026-12-04T10:00:00Z", edition("ru").locale)).toMatch(/^4 дек\. 2026/);
    expect(ogLocale("fa")).toBe("fa_IR");
    expect(ogLocale("ru")).toBe("ru_RU");
    expect(ogLocale("ar")).toBe("ar");
  });

  it("has complete interface strings for every edition's language", () => {
    for (const e of editionList) expect(hasCompleteStrings(e.lang), e.code).toBe(true);
  });

  it("gives a language without an edition its own labels and the default edition's for the rest, section by section", () => {
    const uk = ui("uk");
    expect(uk.relatedStories).toBe("Схожі матеріали");
    expect(uk.skipToMain).toBe(ui("en").skipToMain);
    expect(uk.textSizeNames.lg).toBe("Великий текст");
    expect(uk.searchPage).toEqual(ui("en").searchPage);
    expect(ui("sw")).toEqual(ui("en"));
  });
});

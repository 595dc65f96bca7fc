import { describe, expect, test } from "vitest";
import { defaultEdition, editionByCode } from "@/lib/editions/registry";
import { editionLinks } from "@/lib/reader/edition-switcher";

const fa = editionByCode("fa")!;

describe("the edition switcher's links", () => {
  test("lead to every other edition's home, named in its own language and direction", () => {
    expect(editionLinks(fa)).toEqual([
      { href: "/", label: "English", lang: "en", dir: "ltr", translation: false },
      { href: "/ru", label: "Русский", lang: "ru", dir: "ltr", translation: false },
    ]);
  });

  test("lead to the story's version in an edition that has one, and to the home of one that has not", () => {
    const links = editionLinks(defaultEdition, [{ slug: "pol-zakryt", language: "ru" }]);
    expect(links.map((l) => [l.href, l.translation])).toEqual([
      ["/ru/a/pol-zakryt", true],
      ["/fa", false],
    ]);
  });

  test("place a version in another language by its edition (an Arabic story belongs to English)", () => {
    expect(editionLinks(fa, [{ slug: "jisr", language: "ar" }])[0]).toMatchObject({ href: "/a/jisr", translation: true });
  });
});

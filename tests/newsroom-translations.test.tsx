import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  autosaveKey, editionCodeOf, emptyValues, formFieldOf, payloadOf, readAutosave, valuesOf, type EditionChoice,
} from "@/components/islands/newsroom/editor-form";
import { ArticleTable } from "@/components/newsroom/ArticleTable";
import { EditorPage } from "@/components/newsroom/EditorPage";
import { EditionTabs } from "@/components/newsroom/EditionTabs";
import { NewInEditionForm } from "@/components/newsroom/NewInEditionForm";
import { SourceText, TranslationsPanel } from "@/components/newsroom/TranslationsPanel";
import type { TranslationRef } from "@/lib/content/types";
import { editionOfLanguage } from "@/lib/editions/paths";
import { editionByCode, editionList } from "@/lib/editions/registry";
import { ui } from "@/lib/i18n/ui";
import type { ArticleDto } from "@/lib/newsroom/article-dto";
import { fa as faStrings } from "@/lib/i18n/strings/fa";
import { ru as ruStrings } from "@/lib/i18n/strings/ru";
import { parseTranslateError, translateErrorCode, TRANSLATE_ERRORS } from "@/lib/newsroom/translate-form";

/**
 * The newsroom console's editions and translations (issue 13), as staff see them: the edition filter and column of
 * the list, the edition of a new article, an article's versions with Translate and Unlink. What a person notices:
 * labels, links, each edition named in its own language with its lang and dir, only our own words for errors.
 */

const t = ui("en");
const s = t.newsroom.editions;
const action = async () => {};

const version = (id: number, language: string, status: TranslationRef["status"] = "published"): TranslationRef => ({
  id,
  slug: `s-${id}`,
  title: `Title ${id}`,
  language,
  edition: language === "ru" || language === "fa" ? language : "en",
  status,
  source: language === "en",
});

describe("the console's edition words", () => {
  it("are the newsroom section's, complete and translated in every edition (tests/i18n-strings.test.ts checks every key)", () => {
    const keys = (o: object, prefix = ""): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === "object" ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
    const english = keys(s).sort();
    for (const [lang, own] of [["ru", ruStrings.newsroom.editions], ["fa", faStrings.newsroom.editions]] as const) {
      expect(ui(lang).newsroom.editions, lang).toEqual(own);
      expect(keys(own).sort(), lang).toEqual(english);
      const same = english.filter((k) => k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], own) === k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], s));
      expect(same, lang).toEqual([]);
    }
    // A language without an edition of its own falls back to the default edition's words.
    expect(ui("ar").newsroom.editions).toEqual(s);
    // Every code a page may show has its words, and every word is for a code.
    expect(Object.keys(s.errors).sort()).toEqual([...TRANSLATE_ERRORS].sort());
  });

  it("accept only our own error codes from a URL, and map the store's refusals to them", () => {
    for (const code of TRANSLATE_ERRORS) expect(parseTranslateError(code)).toBe(code);
    for (const crafted of ["Call +1 555 0100", "<b>x</b>", "", undefined, ["taken"], "constructor"]) expect(parseTranslateError(crafted)).toBeNull();
    expect(translateErrorCode({ status: 422, field: "translationOf", message: "The story already has a version in Русский (ru): #2" })).toBe("taken");
    expect(translateErrorCode({ status: 422, field: "translationOf", message: "Article #1 “A” is in the same edition as this one" })).toBe("sameEdition");
    expect(translateErrorCode({ status: 422, field: "translationOf", message: "There is no article #9 to translate" })).toBe("missing");
    expect(translateErrorCode({ status: 422, field: "edition" })).toBe("edition");
    expect(translateErrorCode({ status: 403 })).toBe("forbidden");
    expect(translateErrorCode({ status: 500 })).toBeNull();
    expect(translateErrorCode(new Error("boom"))).toBeNull();
  });
});

describe("the article list", () => {
  it("filters by edition with links that keep the status and search, each edition in its own name", () => {
    const html = renderToStaticMarkup(<EditionTabs label={s.filterByEdition} all={s.editionAll} edition="fa" keep={{ status: "draft", q: "port" }} base="/newsroom" />);
    expect(html).toContain('<nav aria-label="Filter by edition"');
    const links = [...html.matchAll(/<a href="([^"]*)"([^>]*)>([^<]*)<\/a>/g)].map((m) => [m[1].replace(/&amp;/g, "&"), m[3], /aria-current="page"/.test(m[2])]);
    expect(links).toEqual([
      ["/newsroom?status=draft&q=port", "All editions", false],
      ["/newsroom?status=draft&q=port&edition=en", "English", false],
      ["/newsroom?status=draft&q=port&edition=ru", "Русский", false],
      ["/newsroom?status=draft&q=port&edition=fa", "فارسی", true],
    ]);
    expect(html).toContain('lang="fa" dir="rtl"');
  });

  it("names each article's edition, and marks titles in another language", () => {
    const row = (id: number, language: string) => ({ id, slug: `a-${id}`, title: `T${id}`, language, status: "draft" as const, updatedAt: "2026-01-01T00:00:00.000Z", publishedAt: null, blog: null, createdByUserId: null });
    const html = renderToStaticMarkup(<ArticleTable t={t} s={s} items={[row(1, "en"), row(2, "fa"), row(3, "uk")]} total={3} />);
    expect(html).toContain('<th scope="col" class="border-b border-rule px-2 py-2 text-start align-top">Edition</th>');
    expect(html).toContain('<a href="/newsroom/articles/2" lang="fa" dir="rtl">T2</a>');
    expect(html).toContain('<a href="/newsroom/articles/1">T1</a>');
    // Ukrainian has no edition of its own: the story is in the default edition.
    expect(html).toContain('<a href="/newsroom/articles/3" lang="uk">T3</a>');
    expect(html.match(/<span[^>]*>English<\/span>/g)).toHaveLength(2);
    expect(html).toContain('<span lang="fa" dir="rtl">فارسی</span>');
  });
});

describe("a new article in an edition", () => {
  it("asks for the headline in the edition's language and direction, with a labelled field", () => {
    const fa = editionByCode("fa")!;
    const html = renderToStaticMarkup(<NewInEditionForm t={t} s={s} edition={fa} error={s.errors.title} create={action} />);
    expect(html).toContain('New article in <span lang="fa" dir="rtl">فارسی</span>');
    expect(html).toContain('<label for="new-title"');
    const title = html.match(/<input id="new-title"[^>]*>/)?.[0] ?? "";
    for (const attr of ['name="title"', 'required=""', 'maxLength="300"', 'lang="fa"', 'dir="rtl"', 'aria-invalid="true"']) expect(title).toContain(attr);
    expect(html).toContain('<input type="hidden" name="edition" value="fa"/>');
    expect(html).toContain(`role="alert"`);
    expect(html).toContain(s.errors.title);
  });
});

describe("an article's versions", () => {
  const article = { id: 1, title: "Harbour", language: "en", status: "published" as const, translationOf: null };

  it("lists the story's versions with the source marked, and offers only editions without one", () => {
    const html = renderToStaticMarkup(
      <TranslationsPanel t={t} s={s} article={article} versions={[version(2, "ru", "draft")]} canTranslate notice={null} error={null} translate={action} unlink={action} />,
    );
    expect(html).toContain('<h2 id="versions-heading"');
    expect(html).toContain('<a href="/newsroom/articles/2" lang="ru">Title 2</a>');
    expect(html).toMatch(/Harbour<\/span><span class="text-muted"> \(this article\)<\/span><span class="text-muted"> \(source\)<\/span>/);
    expect(html).toContain(">Draft</td>");
    expect(html).toContain('<label for="translate-edition"');
    expect([...html.matchAll(/<option value="([^"]*)"/g)].map((m) => m[1])).toEqual(["fa"]);
    expect(html).toContain(">Translate</button>");
    expect(html).toContain(">Unlink from this story</button>");
  });

  it("says when there is nothing yet, has no Unlink then, and shows only our words for an error", () => {
    const html = renderToStaticMarkup(
      <TranslationsPanel t={t} s={s} article={article} versions={[]} canTranslate notice={null} error={s.errors.taken} translate={action} unlink={action} />,
    );
    expect(html).toContain(s.versionsNone);
    expect(html).not.toContain("Unlink");
    expect(html).toContain(`<p id="translate-error" role="alert"`);
    expect([...html.matchAll(/<option value="([^"]*)"/g)].map((m) => m[1])).toEqual(["ru", "fa"]);
    const done = renderToStaticMarkup(
      <TranslationsPanel t={t} s={s} article={article} versions={[version(2, "ru"), version(3, "fa")]} canTranslate notice={s.translated} error={null} translate={action} unlink={action} />,
    );
    expect(done).toContain(s.translateAllDone);
    expect(done).toContain(`role="status"`);
    const readOnly = renderToStaticMarkup(
      <TranslationsPanel t={t} s={s} article={article} versions={[version(2, "ru")]} canTranslate={false} notice={null} error={null} translate={action} unlink={action} />,
    );
    expect(readOnly).not.toContain("<form");
  });

  it("shows a translation its source's text, in the source's language", () => {
    const html = renderToStaticMarkup(<SourceText s={s} source={{ id: 7, title: "بندر", summary: "خلاصه", body: "# متن", language: "fa" }} />);
    expect(html).toMatch(/<details[^>]*><summary[^>]*>Source text \(<span lang="fa" dir="rtl">فارسی<\/span>\): <span lang="fa" dir="rtl">بندر<\/span><\/summary>/);
    expect(html).toContain('<a href="/newsroom/articles/7">بندر</a>');
    expect(html).toContain("# متن");
  });
});

describe("the article editor's edition", () => {
  // What the server pages hand the island: plain data, never the registry itself.
  const editions: EditionChoice[] = editionList.map(({ code, label, lang, isDefault }) => ({ code, label, lang, isDefault }));
  const dto = (over: Partial<ArticleDto> = {}): ArticleDto => ({
    id: 5, slug: "harbour", title: "Harbour", summary: "S", language: "fa", publishedAt: null, updatedAt: "2026-01-01T00:00:00.000Z",
    heroImage: null, blog: null, authors: [{ slug: "a", name: "A. Writer" }], body: "Text", status: "draft", tags: [], topStory: false,
    createdByUserId: 1, translationOf: null, previewUrl: "http://localhost/api/preview?token=x", ...over,
  });
  const editor = (article: ArticleDto | null, edition: string) =>
    renderToStaticMarkup(<EditorPage t={t} article={article} blogs={[]} editions={editions} edition={edition} canPublish={false} renderPreview={async () => null} />);
  const selectOf = (html: string) => html.match(/<select id="f-edition"[^>]*>([\s\S]*?)<\/select>/);
  const optionsOf = (html: string) =>
    [...(selectOf(html)?.[1] ?? "").matchAll(/<option value="([^"]*)"([^>]*)>([^<]*)<\/option>/g)].map((m) => [m[1], m[2].match(/lang="([^"]*)"/)?.[1], m[3], /selected/.test(m[2])]);

  it("is a labelled select of every edition, each in its own name and lang, with the article's edition chosen", () => {
    const html = editor(dto(), editionOfLanguage("fa").code);
    expect(html).toContain('<label for="f-edition" class="font-semibold">Edition</label>');
    const select = selectOf(html)?.[0] ?? "";
    expect(select).toContain('name="edition"');
    expect(select).toContain('aria-describedby="h-edition"');
    expect(html).toContain(`<p id="h-edition" class="mt-1 text-sm text-muted">${t.newsroom.editor.editionHint.replace(/'/g, "&#x27;")}</p>`);
    expect(optionsOf(html)).toEqual([["en", "en", "English", false], ["ru", "ru", "Русский", false], ["fa", "fa", "فارسی", true]]);
    // The free-text language input is gone.
    expect(html).not.toMatch(/name="language"/);
  });

  it("starts a new article in the edition the page chose, and a story in a language without an edition in the default's", () => {
    expect(optionsOf(editor(null, "en")).filter((o) => o[3]).map((o) => o[0])).toEqual(["en"]);
    // Arabic has no edition of its own: the page preselects the default (editionOfLanguage), as the island would.
    expect(editionOfLanguage("ar").code).toBe("en");
    expect(editionCodeOf(editions, "ar")).toBe("en");
    expect(optionsOf(editor(dto({ language: "ar" }), editionOfLanguage("ar").code)).filter((o) => o[3]).map((o) => o[0])).toEqual(["en"]);
    for (const e of editionList) expect(editionCodeOf(editions, e.lang)).toBe(e.code);
  });

  it("sends the edition, never the language; a PATCH only when the edition changed", () => {
    const created = payloadOf({ ...emptyValues, title: "Ferry", edition: "ru" }, null);
    expect(created).toMatchObject({ title: "Ferry", edition: "ru" });
    expect(created).not.toHaveProperty("language");
    const saved = valuesOf(dto({ language: "ar" }), "en");
    expect(saved.edition).toBe("en");
    expect(saved).not.toHaveProperty("language");
    // Unchanged: an Arabic story in the default edition keeps its language.
    const same = payloadOf({ ...saved, title: "New title" }, saved);
    expect(same).not.toHaveProperty("edition");
    expect(same).not.toHaveProperty("language");
    const moved = payloadOf({ ...saved, edition: "fa" }, saved);
    expect(moved.edition).toBe("fa");
    expect(moved).not.toHaveProperty("language");
  });

  it("shows the API's refusal of the edition (or of the language) next to the select", () => {
    expect(formFieldOf("edition")).toBe("edition");
    expect(formFieldOf("language")).toBe("edition");
    expect(formFieldOf("heroImage.alt")).toBe("heroAlt");
    expect(formFieldOf("title")).toBe("title");
  });

  describe("an unsaved copy in this browser", () => {
    afterEach(() => vi.unstubAllGlobals());
    const storage = (entries: Record<string, string>) => ({ getItem: (k: string) => entries[k] ?? null, setItem: () => {}, removeItem: () => {} });

    it("keeps the edition chosen, and a copy from before the select keeps the server's edition", () => {
      const server = valuesOf(dto(), "fa");
      vi.stubGlobal("localStorage", storage({ [autosaveKey(5)]: JSON.stringify({ values: { ...server, edition: "ru", title: "Typed" } }) }));
      expect(readAutosave(5, server)).toEqual({ ...server, edition: "ru", title: "Typed" });
      const { edition: _none, ...old } = server;
      vi.stubGlobal("localStorage", storage({ [autosaveKey(5)]: JSON.stringify({ values: { ...old, language: "en", title: "Typed" } }) }));
      const copy = readAutosave(5, server);
      expect(copy).toEqual({ ...server, title: "Typed" });
      expect(copy).not.toHaveProperty("language");
    });
  });
});

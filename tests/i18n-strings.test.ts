import { describe, expect, it } from "vitest";
import { fa } from "@/lib/i18n/strings/fa";
import { ru } from "@/lib/i18n/strings/ru";
import { ui, type UiStrings } from "@/lib/i18n/ui";
import { editionList } from "@/lib/editions/registry";
import { boundaryFor, boundaryHomes } from "@/lib/i18n/boundary-strings";
import { homePath } from "@/lib/urls";

/**
 * Issue 13, language editions: every word of the interface exists in each complete edition's language. A string
 * English has and Russian or Persian lacks (or left in English, or with a different {placeholder}) fails here.
 */

const en = ui("en");

/** Strings a complete edition may leave exactly as in English (a term that is genuinely the same). Keep it tiny. */
const sameAsEnglish: Record<string, readonly string[]> = { ru: [], fa: [] };

/** Every leaf of a strings object, by its dotted key path ("searchPage.resultsOne"). */
function leaves(value: unknown, prefix = ""): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) {
      for (const [path, leaf] of leaves(child, prefix ? `${prefix}.${key}` : key)) out.set(path, leaf);
    }
  } else {
    out.set(prefix, value);
  }
  return out;
}

const placeholders = (s: string) => [...new Set(s.match(/\{[^{}\s]+\}/g) ?? [])].sort();

const get = (obj: unknown, path: string) =>
  path.split(".").reduce<unknown>((o, k) => (o !== null && typeof o === "object" ? (o as Record<string, unknown>)[k] : undefined), obj);

const english = leaves(en);

describe.each([
  ["ru", ru],
  ["fa", fa],
] as const)("the %s edition's interface strings", (lang, strings: UiStrings) => {
  const own = leaves(strings);

  it("walks a sensible number of English strings (nested ones included)", () => {
    expect(english.size).toBeGreaterThan(200);
    expect(english.has("searchPage.resultsOne")).toBe(true);
    expect(english.has("newsroom.breakingDesk.errors.expiry")).toBe(true);
    expect(english.has("errorTitle")).toBe(true);
  });

  it("has every string English has, each a non-empty string", () => {
    const missing = [...english.keys()].filter((path) => !own.has(path));
    expect(missing).toEqual([]);
    const empty = [...own].filter(([, v]) => typeof v !== "string" || v.trim() === "").map(([path]) => path);
    expect(empty).toEqual([]);
  });

  it("has no key English lacks", () => {
    expect([...own.keys()].filter((path) => !english.has(path))).toEqual([]);
  });

  it("is translated: no string longer than 3 characters is left in English", () => {
    const allowed = new Set(sameAsEnglish[lang]);
    const untranslated = [...english]
      .filter(([path, text]) => typeof text === "string" && text.length > 3 && own.get(path) === text && !allowed.has(path))
      .map(([path]) => path);
    expect(untranslated).toEqual([]);
  });

  it("keeps exactly English's {placeholder} names in every string", () => {
    const differ = [...english]
      .filter(([path, text]) => typeof text === "string" && typeof own.get(path) === "string")
      .map(([path, text]) => ({ path, en: placeholders(text as string), edition: placeholders(own.get(path) as string) }))
      .filter((row) => row.en.join() !== row.edition.join());
    expect(differ).toEqual([]);
  });

  it("is what ui() returns for the edition", () => {
    const t = ui(lang);
    expect(t.skipToMain).toBe(strings.skipToMain);
    expect(t.searchPage.resultsMany).toBe(strings.searchPage.resultsMany);
    expect(t.errorTitle).toBe(strings.errorTitle);
    for (const path of english.keys()) expect(get(t, path), path).toBe(own.get(path));
  });
});

describe("the error and not-found screens' words (lib/i18n/boundary-strings.ts)", () => {
  it("has every edition's set and home, the home as the edition's URLs have it", () => {
    for (const e of editionList) {
      expect(boundaryFor(e.code).home, e.code).toBe(homePath(e.code));
      expect(boundaryFor(e.code).notFoundTitle, e.code).toBe(ui(e.lang).notFoundTitle);
      expect(boundaryFor(e.code).errorText, e.code).toBe(ui(e.lang).errorText);
    }
    expect(Object.keys(boundaryHomes).sort()).toEqual(editionList.map((e) => e.code).sort());
  });

  it("speaks the default edition's language for a URL that names no edition", () => {
    expect(boundaryFor(undefined)).toEqual({ ...boundaryFor("en"), home: "/" });
    expect(boundaryFor("xx").notFoundTitle).toBe(ui("en").notFoundTitle);
  });
});

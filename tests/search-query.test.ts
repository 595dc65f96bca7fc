import { describe, expect, it } from "vitest";
import { fromMarked, MARK_END, MARK_START, segments } from "@/lib/search/highlight";
import { daySchema, parseSearchParams, searchHref } from "@/lib/search/params";
import { letterVariants, MAX_QUERY_LENGTH, MAX_TERMS, parseQuery, toFts5, toFts5Title } from "@/lib/search/query";
import { quoteTerm } from "@/lib/search/tsquery";
import { fill } from "@/lib/search/format";

const fts = (q: string) => toFts5(parseQuery(q));

describe("parseQuery and toFts5", () => {
  it("quotes every word, so nothing the reader types is FTS5 syntax", () => {
    expect(fts("harbour strike")).toBe('("harbour" AND "strike")');
    expect(fts("title:harbour")).toBe('("title" AND "harbour")');
    expect(fts("^harbour (strike) {body}")).toBe('("harbour" AND "strike" AND "body")');
    expect(fts("NEAR(harbour strike)")).toBe('("harbour" AND "strike")');
    expect(fts("harbour AND strike")).toBe('("harbour" AND "strike")');
  });

  it("keeps quoted phrases as phrases, including typographic quotes and an unclosed quote", () => {
    expect(fts('"port strike" ferry')).toBe('("port strike" AND "ferry")');
    expect(fts("«port strike»")).toBe('("port strike")');
    expect(fts("“port strike”")).toBe('("port strike")');
    expect(fts('ferry "port strike')).toBe('("ferry" AND "port strike")');
    expect(fts('""')).toBeNull();
  });

  it("supports OR, -word and NOT, and a trailing * for words of 3+ letters", () => {
    expect(fts("ferry OR bus")).toBe('("ferry") OR ("bus")');
    expect(fts("ferry -strike")).toBe('(("ferry") NOT ("strike"))');
    expect(fts('ferry -"port strike"')).toBe('(("ferry") NOT ("port strike"))');
    expect(fts("ferry NOT strike")).toBe('(("ferry") NOT ("strike"))');
    expect(fts("harb*")).toBe('("harb" *)');
    expect(fts("ha*")).toBe('("ha")');
    expect(fts("*harb")).toBe('("harb")');
    expect(fts("a*b*")).toBe('("a b")');
  });

  it("searches nothing for input with no letters or digits, or only exclusions", () => {
    for (const q of ["", "   ", "*", "^", '"', "()", "🎉🎉", "-", "-strike", "NOT strike", "OR", "AND NEAR", "\u0000\u0001", "\uD800", "$&"]) {
      expect(fts(q), JSON.stringify(q)).toBeNull();
    }
  });

  it("drops invisible characters and the highlighter's markers, keeps the Persian zero-width non-joiner", () => {
    expect(fts(`${MARK_START}harbour${MARK_END}`)).toBe('("harbour")');
    expect(fts("har\u200Ebour")).toBe('("harbour")');
    // The word has Persian kaf and yeh, so it is also looked up in Arabic letters (see the next test).
    expect(fts("کتاب\u200Cفروشی")).toBe('(("کتاب\u200Cفروشی" OR "كتاب\u200Cفروشي"))');
  });

  it("looks Arabic and Persian yeh and kaf up in both spellings, as typed first", () => {
    expect(letterVariants("harbour")).toEqual(["harbour"]);
    expect(letterVariants("کتاب")).toEqual(["کتاب", "كتاب"]);
    expect(letterVariants("كتاب")).toEqual(["كتاب", "کتاب"]);
    // Mixed letters (one keyboard's kaf, the other's yeh): as typed, all Persian, all Arabic.
    expect(letterVariants("كتابی")).toEqual(["كتابی", "کتابی", "كتابي"]);
    expect(fts("كتاب* -شيراز")).toBe('((("كتاب" * OR "کتاب" *)) NOT (("شيراز" OR "شیراز")))');
    expect(toFts5Title(parseQuery("كتاب"))).toBe('{title} : ((("كتاب" OR "کتاب")))');
  });

  it("doubles a double quote that survives inside a term (FTS5's only escape)", () => {
    // Quotes split phrases, so one can only reach a term through NFKC of a full-width quote; still escaped.
    const q = parseQuery("ab");
    q.groups[0][0].text = 'a"b';
    expect(toFts5(q)).toBe('("a""b")');
  });

  it("cuts long queries and says so; keeps at most MAX_TERMS words", () => {
    const long = parseQuery("word ".repeat(400));
    expect(long.truncated).toBe(true);
    expect(Array.from(long.text).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(long.groups[0].length).toBe(MAX_TERMS);
    expect(long.droppedTerms).toBeGreaterThan(0);
    // Emoji are one character each and are never cut in half.
    const emoji = parseQuery("😀".repeat(300)).text;
    expect(Array.from(emoji).length).toBe(MAX_QUERY_LENGTH);
    expect(/[\uD800-\uDFFF]/u.test(emoji)).toBe(false);
  });

  it("builds the headline-only query from the wanted words", () => {
    expect(toFts5Title(parseQuery("ferry -strike OR bus"))).toBe('{title} : (("ferry") OR ("bus"))');
  });
});

describe("quoteTerm (PostgreSQL)", () => {
  it("writes a term as one quoted to_tsquery string: only ' and \\ are special inside, both escaped", () => {
    expect(quoteTerm("harbour", false)).toBe("'harbour'");
    expect(quoteTerm("harb", true)).toBe("'harb':*");
    expect(quoteTerm("don't", false)).toBe("'don''t'");
    expect(quoteTerm("a\\'b", false)).toBe("'a\\\\''b'");
    expect(quoteTerm("a & !b <-> c:* | (d)", false)).toBe("'a & !b <-> c:* | (d)'");
  });
});

describe("highlight markers", () => {
  it("become text and ranges, and segments for rendering", () => {
    const h = fromMarked(`The ${MARK_START}harbour${MARK_END} ${MARK_START}strike${MARK_END} ended`);
    expect(h.text).toBe("The harbour strike ended");
    expect(h.ranges).toEqual([[4, 18]]);
    expect(segments(h)).toEqual([
      { text: "The ", mark: false },
      { text: "harbour strike", mark: true },
      { text: " ended", mark: false },
    ]);
  });

  it("join marks across a zero-width non-joiner (PostgreSQL marks the two halves of a Persian word apart)", () => {
    const h = fromMarked(`${MARK_START}کتاب${MARK_END}\u200C${MARK_START}فروشی${MARK_END} چراغ`);
    expect(h.ranges).toEqual([[0, 10]]);
  });

  it("tolerate unbalanced markers", () => {
    expect(fromMarked(`a${MARK_END}b${MARK_START}c`)).toEqual({ text: "abc", ranges: [[2, 3]] });
    expect(fromMarked(`${MARK_START}${MARK_END}x`)).toEqual({ text: "x", ranges: [] });
  });
});

describe("search page parameters", () => {
  const choices = { blogs: ["the-ledger", "signal"], languages: ["en", "fa", "ru"] };

  it("accepts good values", () => {
    const { params, notices } = parseSearchParams({ q: " budget ", blog: "signal", lang: "fa", from: "2026-01-01", to: "2026-02-28", page: "3" }, choices);
    expect(params).toEqual({ q: "budget", blog: "signal", lang: "fa", from: "2026-01-01", to: "2026-02-28", page: 3 });
    expect(notices).toEqual([]);
  });

  it("leaves out bad values with a notice each, and never throws", () => {
    const { params, notices } = parseSearchParams(
      { q: ["first", "second"], blog: "nope", lang: "xx", from: "2026-02-30", to: "yesterday", page: "0" },
      choices,
    );
    expect(params).toEqual({ q: "first", blog: null, lang: null, from: null, to: null, page: 1 });
    expect(notices.map((n) => n.kind)).toEqual(["unknownBlog", "unknownLanguage", "badDate", "badDate", "badPage"]);
    for (const page of ["-1", "1.5", "abc", "99999999999", "1e400"]) {
      expect(parseSearchParams({ q: "x", page }, choices).params.page).toBe(1);
    }
  });

  it("swaps dates given the wrong way round", () => {
    const { params, notices } = parseSearchParams({ q: "x", from: "2026-03-01", to: "2026-01-01" }, choices);
    expect([params.from, params.to]).toEqual(["2026-01-01", "2026-03-01"]);
    expect(notices).toEqual([{ kind: "datesSwapped" }]);
  });

  it("checks real calendar days", () => {
    expect(daySchema.safeParse("2028-02-29").success).toBe(true);
    expect(daySchema.safeParse("2026-02-29").success).toBe(false);
    expect(daySchema.safeParse("2026-1-1").success).toBe(false);
  });

  it("builds links that keep the query and filters", () => {
    expect(searchHref({ q: "port strike", blog: "signal", page: 2 })).toBe("/search?q=port+strike&blog=signal&page=2");
    expect(searchHref({ q: "x", page: 1 })).toBe("/search?q=x");
    expect(searchHref({})).toBe("/search");
  });

  it("fills placeholders without treating $ patterns in the reader's words specially", () => {
    expect(fill("No results for “{q}”", { q: "$& $1 $$" })).toBe("No results for “$& $1 $$”");
  });
});

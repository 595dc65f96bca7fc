/**
 * A reader's search text turned into terms, and the terms into a full-text query the store can only read as
 * words. Nothing the reader types is ever passed on as syntax: each word or quoted phrase becomes a quoted
 * string, so FTS5 operators, column filters, `^`, parentheses and stray quotes are just text. The terms are
 * dialect-neutral; `toFts5` writes them for SQLite, `tsquery.ts` for PostgreSQL.
 *
 * What readers may use (and the help text on the search page describes):
 *   "exact phrase"   words in this order          harb*    words starting with "harb" (3+ letters before *)
 *   -word            leave out articles with it   a OR b   either (uppercase OR; AND is what spaces mean)
 */

/** Longer queries are cut to this many characters (and the page says so). */
export const MAX_QUERY_LENGTH = 200;
/** At most this many words and phrases are searched; the rest are dropped (and the page says so). */
export const MAX_TERMS = 10;
/** A prefix search needs this many letters before the `*`: shorter ones match most of the index and cost too much. */
export const MIN_PREFIX_LENGTH = 3;

export type Term = {
  /** The word or phrase as typed (cleaned); the store's tokenizer splits it into words. */
  text: string;
  /** Typed in double quotes. */
  phrase: boolean;
  /** Ends in `*`: matches words that start with it. */
  prefix: boolean;
  /** Typed with a leading `-`: articles containing it are left out. */
  exclude: boolean;
};

export type ParsedQuery = {
  /** The query as searched: cleaned and cut to MAX_QUERY_LENGTH. Plain text, safe to show back to the reader. */
  text: string;
  /** Any of these groups, each needing all of its terms: [[a, b], [c]] is (a AND b) OR c. Empty: nothing to search. */
  groups: Term[][];
  /** The text was longer than MAX_QUERY_LENGTH and was cut. */
  truncated: boolean;
  /** Words and phrases beyond MAX_TERMS that were left out. */
  droppedTerms: number;
};

// Typographic double quotes and guillemets count as quotes, so a phrase pasted from an article works.
const QUOTES = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\uFF02]/g;
// Control characters separate words. Invisible format characters (bidi marks, soft hyphens), lone surrogates and the
// private-use characters the highlighter uses as markers are removed; the zero-width (non-)joiner stays, since
// Persian spells words with it.
const CONTROL = /\p{Cc}/gu;
const INVISIBLE = /(?![\u200C\u200D])\p{Cf}|[\uE000\uE001]|[\uD800-\uDFFF]/gu; // with /u, a pair is one code point: only lone halves match
// Outside quotes these separate words (the store's tokenizer would split on them anyway).
const SEPARATORS = /[\s:(){}[\]^+,;|&<>=]+/u;
const SEARCHABLE = /[\p{L}\p{N}]/u;
const OPERATORS_DROPPED = new Set(["AND", "NEAR"]);

/** Parses what a reader typed. Never throws: any string (or nothing) gives a ParsedQuery, maybe with no groups. */
export function parseQuery(raw: unknown): ParsedQuery {
  const cleaned = clean(typeof raw === "string" ? raw : "");
  const chars = Array.from(cleaned);
  const truncated = chars.length > MAX_QUERY_LENGTH;
  const text = truncated ? chars.slice(0, MAX_QUERY_LENGTH).join("").trim() : cleaned;

  const groups: Term[][] = [[]];
  let kept = 0;
  let droppedTerms = 0;
  let pendingExclude = false;
  const add = (term: Term) => {
    if (!SEARCHABLE.test(term.text)) return;
    if (kept >= MAX_TERMS) {
      droppedTerms++;
      return;
    }
    kept++;
    groups[groups.length - 1].push(term);
  };

  for (const piece of splitPhrases(text)) {
    if (piece.phrase) {
      const exclude = pendingExclude || piece.exclude;
      pendingExclude = false;
      add({ text: piece.text.replace(/\s+/g, " ").trim(), phrase: true, prefix: false, exclude });
      continue;
    }
    for (const word of piece.text.split(SEPARATORS)) {
      if (word === "") continue;
      if (word === "OR") {
        if (groups[groups.length - 1].length) groups.push([]);
        continue;
      }
      if (word === "NOT") {
        pendingExclude = true;
        continue;
      }
      if (OPERATORS_DROPPED.has(word)) continue;
      const exclude = pendingExclude || (word.startsWith("-") && word.length > 1);
      pendingExclude = false;
      let body = word.replace(/^-+/, "");
      const star = body.endsWith("*");
      body = body.replace(/\*+/g, " ").trim();
      const letters = Array.from(body.replace(/[^\p{L}\p{N}]/gu, "")).length;
      add({ text: body, phrase: false, prefix: star && letters >= MIN_PREFIX_LENGTH && !/\s/.test(body), exclude });
    }
  }

  // A group of only exclusions would mean "everything except", which is not a search: drop it.
  const usable = groups.filter((g) => g.some((t) => !t.exclude));
  return { text, groups: usable, truncated, droppedTerms };
}

/** True when the query has something to look for. */
export function hasTerms(q: ParsedQuery): boolean {
  return q.groups.length > 0;
}

/** The FTS5 MATCH expression for the whole query, or null when there is nothing to search. */
export function toFts5(q: ParsedQuery): string | null {
  if (!hasTerms(q)) return null;
  return q.groups.map((g) => `(${groupFts5(g)})`).join(" OR ");
}

/**
 * The same query restricted to headlines, ignoring exclusions (the full query already applies them): an
 * article matching it has every wanted word of one group in its title, and ranks above those that do not.
 */
export function toFts5Title(q: ParsedQuery): string | null {
  if (!hasTerms(q)) return null;
  const groups = q.groups.map((g) => g.filter((t) => !t.exclude).map(termFts5).join(" AND "));
  return `{title} : (${groups.map((g) => `(${g})`).join(" OR ")})`;
}

function groupFts5(group: Term[]): string {
  const wanted = group.filter((t) => !t.exclude).map(termFts5).join(" AND ");
  const unwanted = group.filter((t) => t.exclude).map(termFts5);
  return unwanted.length ? `(${wanted}) NOT (${unwanted.join(" OR ")})` : wanted;
}

/**
 * A term as an FTS5 string: inside double quotes everything is literal text except `"`, which is doubled. A term
 * with Arabic or Persian yeh or kaf is any of its spellings (see `letterVariants`).
 */
function termFts5(t: Term): string {
  const forms = letterVariants(t.text).map((v) => `"${v.replace(/"/g, '""')}"${t.prefix ? " *" : ""}`);
  return forms.length === 1 ? forms[0] : `(${forms.join(" OR ")})`;
}

/**
 * The spellings a term is searched in. Arabic writes yeh and kaf as ي and ك, Persian as ی and ک, and text typed
 * on the other language's keyboard mixes them, so a word is looked up as typed, in Persian letters and in Arabic
 * letters. The index keeps each article's own letters (its headline and passages are shown from it, and folding
 * would misspell one language or the other), so the variants are made here, in the query, for both stores.
 */
export function letterVariants(text: string): string[] {
  if (!YEH_KAF.test(text)) return [text];
  const persian = text.replace(/\u064A/g, "\u06CC").replace(/\u0643/g, "\u06A9");
  const arabic = text.replace(/\u06CC/g, "\u064A").replace(/\u06A9/g, "\u0643");
  return [...new Set([text, persian, arabic])];
}

const YEH_KAF = /[\u064A\u06CC\u0643\u06A9]/;

function clean(s: string): string {
  return s.normalize("NFKC").replace(CONTROL, " ").replace(INVISIBLE, "").replace(QUOTES, '"').replace(/\s+/g, " ").trim();
}

type Piece = { text: string; phrase: boolean; exclude: boolean };

/** Splits on double quotes: quoted stretches are phrases (an unclosed quote runs to the end), the rest is words. */
function splitPhrases(text: string): Piece[] {
  const pieces: Piece[] = [];
  let rest = text;
  while (rest !== "") {
    const open = rest.indexOf('"');
    if (open < 0) {
      pieces.push({ text: rest, phrase: false, exclude: false });
      break;
    }
    const before = rest.slice(0, open);
    // `-"a phrase"` leaves the phrase out.
    const exclude = /(^|\s)-$/.test(before);
    if (before) pieces.push({ text: exclude ? before.slice(0, -1) : before, phrase: false, exclude: false });
    const close = rest.indexOf('"', open + 1);
    const inner = close < 0 ? rest.slice(open + 1) : rest.slice(open + 1, close);
    pieces.push({ text: inner, phrase: true, exclude });
    rest = close < 0 ? "" : rest.slice(close + 1);
  }
  return pieces;
}

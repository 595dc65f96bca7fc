/**
 * Highlighted text as data, never as HTML: the text and the [start, end) ranges (UTF-16 offsets) of the words
 * that matched. The store marks matches with two private-use characters that indexed text never contains
 * (lib/content/search-documents.ts strips them); `fromMarked` turns that into ranges, and the page renders each range as a
 * <mark> element with the text escaped like any other.
 */
export type Highlighted = { text: string; ranges: [number, number][] };

export const MARK_START = "\uE000";
export const MARK_END = "\uE001";

/** Text marked with MARK_START/MARK_END as text and ranges. Unbalanced or nested markers are tolerated. */
export function fromMarked(marked: string): Highlighted {
  let text = "";
  const ranges: [number, number][] = [];
  let open: number | null = null;
  for (const ch of marked) {
    if (ch === MARK_START) {
      open ??= text.length;
    } else if (ch === MARK_END) {
      if (open !== null && text.length > open) ranges.push([open, text.length]);
      open = null;
    } else {
      text += ch;
    }
  }
  if (open !== null && text.length > open) ranges.push([open, text.length]);
  return { text, ranges: mergeAdjacent(ranges, text) };
}

/** Plain text with nothing highlighted. */
export function plain(text: string): Highlighted {
  return { text, ranges: [] };
}

/** The text cut into runs, each marked or not: what a renderer walks. */
export function segments(h: Highlighted): { text: string; mark: boolean }[] {
  const out: { text: string; mark: boolean }[] = [];
  let at = 0;
  for (const [start, end] of h.ranges) {
    if (start < at || end > h.text.length || end <= start) continue;
    if (start > at) out.push({ text: h.text.slice(at, start), mark: false });
    out.push({ text: h.text.slice(start, end), mark: true });
    at = end;
  }
  if (at < h.text.length) out.push({ text: h.text.slice(at), mark: false });
  return out;
}

/**
 * A phrase match comes back as one mark per word; "new harbour" reads better as one highlight across the space.
 * The same across a zero-width (non-)joiner: PostgreSQL splits the Persian "کتاب‌فروشی" into two words there.
 */
function mergeAdjacent(ranges: [number, number][], text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && /^[\s\u200C\u200D]*$/.test(text.slice(last[1], r[0]))) last[1] = r[1];
    else out.push([r[0], r[1]]);
  }
  return out;
}

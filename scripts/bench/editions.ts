import type { BenchTargets } from "./bench-db";
import { failed } from "./load";
import { formatTable, kb, type Row } from "./report";
import type { PageWeight } from "./weight";

/**
 * A Persian article page (right to left, its own edition's frame) beside the English article, both measured in
 * the same run, back to back: throughput, p99 and bytes, as Persian ÷ English. A ratio near 1 says the
 * edition costs readers and servers nothing extra; the bodies' lengths are given to read the byte rows with.
 */
export type PageFigures = { path: string; reqPerSec: number; p99Ms: number; failed: boolean; html: PageWeight["html"]; jsGzip: number };
export type EditionComparison = {
  english: PageFigures;
  persian: PageFigures;
  bodyChars: BenchTargets["bodyChars"];
  /** Persian ÷ English. */
  ratio: { reqPerSec: number; p99Ms: number; htmlBytes: number; htmlGzip: number; jsGzip: number };
};

/** The comparison, or null when the run did not measure both article routes. */
export function compareEditions(rows: Row[], weights: { english: PageWeight; persian: PageWeight }, bodyChars: BenchTargets["bodyChars"]): EditionComparison | null {
  const english = rows.find((r) => r.route === "article");
  const persian = rows.find((r) => r.route === "article-fa");
  if (!english || !persian) return null;
  const figures = (r: Row, w: PageWeight): PageFigures => ({
    path: r.path,
    reqPerSec: r.load.reqPerSec,
    p99Ms: r.load.p99Ms,
    failed: failed(r.load),
    html: w.html,
    jsGzip: w.js.gzip,
  });
  const en = figures(english, weights.english);
  const fa = figures(persian, weights.persian);
  const over = (a: number, b: number) => (b > 0 ? a / b : NaN);
  return {
    english: en,
    persian: fa,
    bodyChars,
    ratio: {
      reqPerSec: over(fa.reqPerSec, en.reqPerSec),
      p99Ms: over(fa.p99Ms, en.p99Ms),
      htmlBytes: over(fa.html.bytes, en.html.bytes),
      htmlGzip: over(fa.html.gzip, en.html.gzip),
      jsGzip: over(fa.jsGzip, en.jsGzip),
    },
  };
}

export function editionTable(c: EditionComparison): string {
  const mark = (f: PageFigures, label: string) => (f.failed ? `!! ${label}` : label);
  const r = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : "-");
  return formatTable(
    ["", mark(c.english, "English"), mark(c.persian, "Persian"), "Persian ÷ English"],
    [
      ["req/s", c.english.reqPerSec.toFixed(0), c.persian.reqPerSec.toFixed(0), r(c.ratio.reqPerSec)],
      ["p99 ms", String(c.english.p99Ms), String(c.persian.p99Ms), r(c.ratio.p99Ms)],
      ["HTML", kb(c.english.html.bytes), kb(c.persian.html.bytes), r(c.ratio.htmlBytes)],
      ["HTML gzipped", kb(c.english.html.gzip), kb(c.persian.html.gzip), r(c.ratio.htmlGzip)],
      ["JS gzipped", kb(c.english.jsGzip), kb(c.persian.jsGzip), r(c.ratio.jsGzip)],
      ["body (characters)", String(c.bodyChars.english), String(c.bodyChars.persian), r(c.bodyChars.persian / c.bodyChars.english)],
    ],
  );
}

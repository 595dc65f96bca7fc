/**
 * Heading ids readers can link to. Letters and digits of every script are kept (a Persian or Cyrillic heading
 * gets a Persian or Cyrillic id); punctuation is dropped and runs of spaces and dashes become one dash.
 */
export function slugify(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, "")
    .replace(/[\s_-]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * Returns a function giving each heading a unique id within one body: `sec-intro`, `sec-intro-1`, … The prefix
 * keeps a heading such as "Search" or "Main" from taking an id the page frame uses (skip-link targets).
 */
export function createSlugger(): (text: string) => string {
  const used = new Set<string>();
  return (text) => {
    const base = `sec-${slugify(text) || "section"}`;
    let id = base;
    for (let n = 1; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}

/** Markdown `#` becomes h2 (the page owns the only h1); h5 and h6 become h4. */
export function clampHeadingDepth(depth: number): 2 | 3 | 4 {
  return depth <= 2 ? 2 : depth >= 4 ? 4 : 3;
}

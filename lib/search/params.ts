import { z } from "zod";

/**
 * The search page's URL (/search?q=&blog=&lang=&from=&to=&page=) as a checked request. Nothing here fails: a
 * value that makes no sense is left out and reported as a notice, so the reader still gets results (or a clear
 * empty state) and learns what was ignored.
 */

/** Deeper result pages are not offered: nobody reads them, and each costs a little more. */
export const MAX_PAGE = 1000;

export type SearchParams = { q: string; blog: string | null; lang: string | null; from: string | null; to: string | null; page: number };

export type SearchNotice =
  | { kind: "badDate"; field: "from" | "to"; value: string }
  | { kind: "datesSwapped" }
  | { kind: "unknownBlog"; value: string }
  | { kind: "unknownLanguage"; value: string }
  | { kind: "badPage"; value: string };

type Raw = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined): string => (Array.isArray(v) ? (v[0] ?? "") : (v ?? "")).trim();

/** A calendar day as a date input sends it; "2026-02-30" is refused, not rolled over. */
export const daySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => {
    const d = new Date(`${s}T00:00:00.000Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  });

const pageSchema = z.coerce.number().int().min(1).max(MAX_PAGE);

/** The choices the filters offer: only these are accepted. */
export type FilterChoices = { blogs: string[]; languages: string[] };

export function parseSearchParams(raw: Raw, choices: FilterChoices): { params: SearchParams; notices: SearchNotice[] } {
  const notices: SearchNotice[] = [];
  // Kept whole here (up to a sane size for echoing back); the query parser cuts it and says so.
  const q = first(raw.q).slice(0, 4000);

  const blogRaw = first(raw.blog);
  let blog: string | null = null;
  if (blogRaw) {
    if (choices.blogs.includes(blogRaw)) blog = blogRaw;
    else notices.push({ kind: "unknownBlog", value: blogRaw.slice(0, 80) });
  }

  const langRaw = first(raw.lang);
  let lang: string | null = null;
  if (langRaw) {
    if (choices.languages.includes(langRaw)) lang = langRaw;
    else notices.push({ kind: "unknownLanguage", value: langRaw.slice(0, 40) });
  }

  const day = (field: "from" | "to") => {
    const v = first(raw[field]);
    if (!v) return null;
    if (daySchema.safeParse(v).success) return v;
    notices.push({ kind: "badDate", field, value: v.slice(0, 40) });
    return null;
  };
  let from = day("from");
  let to = day("to");
  if (from && to && from > to) {
    [from, to] = [to, from];
    notices.push({ kind: "datesSwapped" });
  }

  const pageRaw = first(raw.page);
  let page = 1;
  if (pageRaw) {
    const p = pageSchema.safeParse(pageRaw);
    if (p.success) page = p.data;
    else notices.push({ kind: "badPage", value: pageRaw.slice(0, 20) });
  }

  return { params: { q, blog, lang, from, to, page }, notices };
}

/** True when any filter narrows the search. */
export function hasFilters(p: SearchParams): boolean {
  return Boolean(p.blog || p.lang || p.from || p.to);
}

/** The URL of these search parameters, for links that keep the query (pagination, "remove the filters"). */
export function searchHref(p: Partial<SearchParams>, base = "/search"): string {
  const u = new URLSearchParams();
  if (p.q) u.set("q", p.q);
  if (p.blog) u.set("blog", p.blog);
  if (p.lang) u.set("lang", p.lang);
  if (p.from) u.set("from", p.from);
  if (p.to) u.set("to", p.to);
  if (p.page && p.page > 1) u.set("page", String(p.page));
  const s = u.toString();
  return s ? `${base}?${s}` : base;
}

import type { ArticleDto } from "@/lib/newsroom/article-dto";

/**
 * The editor's form model and its trips to the admin API. Plain functions (no React), shared by the editor's
 * islands: the form holds strings exactly as typed, and only the payload turns them into the API's shapes.
 */

export type EditorValues = {
  title: string;
  slug: string;
  blog: string;
  summary: string;
  body: string;
  heroSrc: string;
  heroAlt: string;
  heroCaption: string;
  heroCredit: string;
  authors: string;
  tags: string;
  /** The edition's code (the form's select); the server gives the article that edition's language. */
  edition: string;
};

/**
 * An edition as the editor offers it, handed down by the server page: the island does not import
 * lib/editions/registry.ts (it would bring zod into the browser bundle).
 */
export type EditionChoice = { code: string; label: string; lang: string; isDefault: boolean };

/** The edition is left empty here: the editor fills in the one the page chose. */
export const emptyValues: EditorValues = {
  title: "", slug: "", blog: "", summary: "", body: "", heroSrc: "", heroAlt: "", heroCaption: "", heroCredit: "",
  authors: "", tags: "", edition: "",
};

/**
 * The edition an article in `lang` belongs to, among `editions` (decision 029, as editionOfLanguage on the
 * server): the edition of that language, else the default (an Arabic story sits in the default edition).
 */
export function editionCodeOf(editions: readonly EditionChoice[], lang: string): string {
  return (editions.find((e) => e.lang === lang) ?? editions.find((e) => e.isDefault) ?? editions[0])?.code ?? "";
}

/** The form's values for an article as the server has it, in `edition` (editionCodeOf its language). */
export function valuesOf(a: ArticleDto, edition: string): EditorValues {
  return {
    title: a.title,
    slug: a.slug,
    blog: a.blog?.slug ?? "",
    summary: a.summary,
    body: a.body,
    heroSrc: a.heroImage?.src ?? "",
    heroAlt: a.heroImage?.alt ?? "",
    heroCaption: a.heroImage?.caption ?? "",
    heroCredit: a.heroImage?.credit ?? "",
    authors: a.authors.map((x) => x.name).join(", "),
    tags: a.tags.map((x) => x.name).join(", "),
    edition,
  };
}

const list = (s: string) => s.split(",").map((x) => x.trim()).filter(Boolean);

/**
 * The JSON for POST (`saved` null: a new draft) or PATCH (`saved`: the values the server has); an empty slug on a
 * new draft lets the server derive one. The edition is sent, never the language: the server gives the article the
 * edition's language. A PATCH sends it only when it changed, so a story in a language without an edition of its
 * own (Arabic, in the default edition) keeps its language until someone moves it to another edition.
 */
export function payloadOf(v: EditorValues, saved: EditorValues | null): Record<string, unknown> {
  const hero = v.heroSrc.trim()
    ? { src: v.heroSrc.trim(), alt: v.heroAlt, caption: v.heroCaption || null, credit: v.heroCredit || null }
    : null;
  const body: Record<string, unknown> = {
    title: v.title,
    blog: v.blog || null,
    summary: v.summary,
    body: v.body,
    heroImage: hero,
    authors: list(v.authors),
    tags: list(v.tags),
  };
  if (saved === null || v.edition !== saved.edition) body.edition = v.edition;
  if (v.slug.trim() || saved !== null) body.slug = v.slug;
  return body;
}

/** The form field the API's error names: nested fields ("heroImage.alt") are flat inputs here, the language is the edition's select. */
export function formFieldOf(apiField: string): string {
  const map: Record<string, string> = {
    "heroImage.src": "heroSrc", "heroImage.alt": "heroAlt", "heroImage.caption": "heroCaption", "heroImage.credit": "heroCredit", heroImage: "heroSrc",
    language: "edition",
  };
  return map[apiField] ?? apiField.split(".")[0];
}

export function sameValues(a: EditorValues, b: EditorValues): boolean {
  return (Object.keys(a) as (keyof EditorValues)[]).every((k) => a[k] === b[k]);
}

/** What went wrong with a request, in the form's terms. */
export type ApiFailure = { kind: "network" } | { kind: "session" } | { kind: "refused"; status: number; message: string; field?: string };
export type ApiResult<T> = { ok: true; data: T } | { ok: false; failure: ApiFailure };

/** A same-origin call to the admin API with the session cookie; never throws. */
export async function callApi<T>(method: string, path: string, body?: unknown | FormData): Promise<ApiResult<T>> {
  let res: Response;
  try {
    const form = body instanceof FormData;
    res = await fetch(path, {
      method,
      credentials: "same-origin",
      headers: body === undefined || form ? undefined : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : form ? body : JSON.stringify(body),
    });
  } catch {
    return { ok: false, failure: { kind: "network" } };
  }
  if (res.status === 401) return { ok: false, failure: { kind: "session" } };
  const data = await res.json().catch(() => null);
  if (!res.ok) {
    const err = (data as { error?: { message?: string; field?: string } } | null)?.error;
    return { ok: false, failure: { kind: "refused", status: res.status, message: err?.message ?? `The server answered ${res.status}`, field: err?.field } };
  }
  return { ok: true, data: data as T };
}

/** localStorage key of the unsaved copy: one per article, "new" for the one not yet created. */
export const autosaveKey = (id: number | null) => `dispatch:newsroom:unsaved:${id ?? "new"}`;

/**
 * The unsaved copy, laid over `base` (the server's values): only the form's own fields are taken, so a copy kept
 * before a field existed (one with a language and no edition) keeps the server's value for it.
 */
export function readAutosave(id: number | null, base: EditorValues = emptyValues): EditorValues | null {
  try {
    const raw = localStorage.getItem(autosaveKey(id));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as { values?: Record<string, unknown> };
    if (!parsed.values || typeof parsed.values !== "object") return null;
    const values = { ...base };
    for (const k of Object.keys(base) as (keyof EditorValues)[]) {
      const typed = parsed.values[k];
      if (typeof typed === "string") values[k] = typed;
    }
    return values;
  } catch {
    return null;
  }
}

export function writeAutosave(id: number | null, values: EditorValues): void {
  try {
    localStorage.setItem(autosaveKey(id), JSON.stringify({ values, at: new Date().toISOString() }));
  } catch {
    // Storage full or disabled: the form still holds the text.
  }
}

export function clearAutosave(id: number | null): void {
  try {
    localStorage.removeItem(autosaveKey(id));
  } catch {}
}

/** "14:03" in the editor's own clock, for "Saved at". */
export function clockTime(d: Date): string {
  return d.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
}

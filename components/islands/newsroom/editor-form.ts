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
  language: string;
};

export const emptyValues: EditorValues = {
  title: "", slug: "", blog: "", summary: "", body: "", heroSrc: "", heroAlt: "", heroCaption: "", heroCredit: "",
  authors: "", tags: "", language: "en",
};

export function valuesOf(a: ArticleDto): EditorValues {
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
    language: a.language,
  };
}

const list = (s: string) => s.split(",").map((x) => x.trim()).filter(Boolean);

/** The JSON for POST (new) or PATCH (existing); an empty slug on a new draft lets the server derive one. */
export function payloadOf(v: EditorValues, isNew: boolean): Record<string, unknown> {
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
    language: v.language,
  };
  if (v.slug.trim() || !isNew) body.slug = v.slug;
  return body;
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

export function readAutosave(id: number | null): EditorValues | null {
  try {
    const raw = localStorage.getItem(autosaveKey(id));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as { values?: Partial<EditorValues> };
    return parsed.values ? { ...emptyValues, ...parsed.values } : null;
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

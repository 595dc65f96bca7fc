import { z } from "zod";

/**
 * The breaking desk's plain form (/newsroom/breaking, posted to /api/newsroom/breaking) between a refused post and
 * the page that shows it again. The URL carries only a code from DESK_ERRORS, never text: the page shows our own
 * words for it (lib/i18n/ui.ts), so a crafted link can neither put words on the desk nor fill in its form. What the
 * editor typed goes back in a short-lived httpOnly cookie that only our route sets, on a same-origin post (never in
 * the URL, where history, logs and Referer would keep an unpublished headline), so a refusal loses nothing.
 */

export const DESK_ERRORS = [
  "forbidden",
  "headlineEmpty",
  "headlineTooLong",
  "link",
  "priority",
  "language",
  "expiry",
  "notFound",
  "invalid",
] as const;
export type DeskError = (typeof DESK_ERRORS)[number];

/** The form field each code is about (for aria-invalid), decided here rather than read from the URL. */
const FIELD_OF: Partial<Record<DeskError, keyof DeskTyped>> = {
  headlineEmpty: "headline",
  headlineTooLong: "headline",
  link: "link",
  priority: "priority",
  language: "language",
  expiry: "expiresInMinutes",
};

/** The code for a refusal by the store (a BreakingValidationError naming `field`), given the headline as typed. */
export function deskErrorCode(err: { field?: string }, headline: string): DeskError {
  switch (err.field) {
    case "headline":
      return headline.trim() === "" ? "headlineEmpty" : "headlineTooLong";
    case "link":
      return "link";
    case "priority":
      return "priority";
    case "language":
      return "language";
    case "expiresAt":
    case "expiresInMinutes":
      return "expiry";
    default:
      return "invalid";
  }
}

/** The error a desk URL names, or null for none and for anything that is not one of our codes. */
export function parseDeskError(raw: unknown): { code: DeskError; field?: keyof DeskTyped } | null {
  const code = DESK_ERRORS.find((c) => c === raw);
  return code ? { code, field: FIELD_OF[code] } : null;
}

/**
 * What the editor typed into the form, as text (noExpiry: "on" when the "No expiry" box was ticked, else "";
 * language: the chosen edition's language, "" when the form sent none, for the default edition).
 */
export type DeskTyped = { headline: string; link: string; priority: string; language: string; expiresInMinutes: string; noExpiry: string };

export const DESK_TYPED_COOKIE = "dispatch_breaking_typed";
/** Long enough for the redirect and a slow page; the page only reads it when its URL names an error. */
export const DESK_TYPED_MAX_AGE_SECONDS = 120;

// Each field cut to what the form accepts (and a little more, so "too long" is still visible), which keeps the
// cookie under the 4 kB browsers allow.
const LIMITS: DeskTyped = {
  headline: "x".repeat(400),
  link: "x".repeat(2000),
  priority: "x".repeat(20),
  language: "x".repeat(20),
  expiresInMinutes: "x".repeat(10),
  noExpiry: "x".repeat(10),
};
// (Cut in characters; zod counts UTF-16 units, two for some characters.)
const typedSchema = z.object({
  headline: z.string().max(LIMITS.headline.length * 2),
  link: z.string().max(LIMITS.link.length * 2),
  priority: z.string().max(LIMITS.priority.length * 2),
  // A cookie written before the desk chose an edition has none: the page shows the default edition's.
  language: z.string().max(LIMITS.language.length * 2).default(""),
  expiresInMinutes: z.string().max(LIMITS.expiresInMinutes.length * 2),
  noExpiry: z.string().max(LIMITS.noExpiry.length * 2).default(""),
});

/** The cookie value for what was typed (base64url JSON), each field cut to its limit. */
export function encodeDeskTyped(typed: DeskTyped): string {
  const cut = (k: keyof DeskTyped) => [...typed[k]].slice(0, LIMITS[k].length).join("");
  const value = Object.fromEntries((Object.keys(LIMITS) as (keyof DeskTyped)[]).map((k) => [k, cut(k)])) as DeskTyped;
  let encoded = Buffer.from(JSON.stringify(value)).toString("base64url");
  // A link of non-ASCII characters could still pass 4 kB: keep the headline, the editor's own words, first.
  if (encoded.length > 3800) encoded = Buffer.from(JSON.stringify({ ...value, link: "" })).toString("base64url");
  return encoded;
}

/** What was typed, from the cookie, or null when it is missing or not ours. */
export function decodeDeskTyped(raw: string | undefined): DeskTyped | null {
  if (!raw || raw.length > 4096) return null;
  try {
    const parsed = typedSchema.safeParse(JSON.parse(Buffer.from(raw, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

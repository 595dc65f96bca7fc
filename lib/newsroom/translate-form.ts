import type { UiStrings } from "../i18n/ui";

/**
 * The console's edition and translation forms (app/newsroom/articles/translation-actions.ts) between a refused
 * write and the page that shows it again. The pages put only our own codes in a URL (TRANSLATE_ERRORS), never
 * text, and show the words lib/i18n/ui.ts has for them (`newsroom.editions.errors`): a crafted link cannot put
 * words on the console (as the breaking desk does: lib/breaking/desk-form.ts).
 */

type ErrorWords = UiStrings["newsroom"]["editions"]["errors"];

export const TRANSLATE_ERRORS = ["forbidden", "edition", "taken", "sameEdition", "missing", "title", "invalid"] as const satisfies readonly (keyof ErrorWords)[];
export type TranslateError = (typeof TRANSLATE_ERRORS)[number];

/** The code a console URL names, or null for none and for anything that is not one of ours. */
export function parseTranslateError(raw: unknown): TranslateError | null {
  return TRANSLATE_ERRORS.find((c) => c === raw) ?? null;
}

/**
 * The code for a write the store refused: its field and, for a refused link, which rule (the store's messages
 * say which; the codes stay ours). Anything that is not a refusal of the input is not ours to code: null.
 */
export function translateErrorCode(err: { status?: unknown; field?: string; message?: string }): TranslateError | null {
  if (err.status === 403) return "forbidden";
  if (err.status !== 422) return null;
  if (err.field === "edition") return "edition";
  if (err.field === "title") return "title";
  if (err.field === "translationOf") {
    if (/^There is no article/.test(err.message ?? "")) return "missing";
    if (/same edition/.test(err.message ?? "")) return "sameEdition";
    if (/already has a version/.test(err.message ?? "")) return "taken";
  }
  return "invalid";
}

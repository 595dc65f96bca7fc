import { z } from "zod";
import { defaultEdition, editionList } from "../editions/registry";
import { NotFoundError, ValidationError, type FieldIssue } from "../errors";
import { parseInput } from "../validation";

/**
 * Validation for breaking items at every boundary (the store, the admin API, the newsroom CLI, forms).
 * Messages name the field and say what to do, because newsroom staff read them under time pressure.
 */

export const HEADLINE_MAX = 200;

/** A breaking item's input was wrong (422); `field` names the input key and the message says what to do instead. */
export class BreakingValidationError extends ValidationError {
  constructor(message: string, field?: string, issues?: FieldIssue[]) {
    super(message, field, issues);
    this.name = "BreakingValidationError";
  }
}

/** No breaking item has the id given (404). */
export class BreakingNotFoundError extends NotFoundError {
  constructor(readonly id: number) {
    super(`There is no breaking item #${id}: check the id in the newsroom's list`);
    this.name = "BreakingNotFoundError";
  }
}

const LINK_HELP = "Use an https:// link or a path on this site such as /a/slug";

const headline = z
  .string({ error: (iss) => (iss.input === undefined ? "Write the headline: it cannot be empty" : "Write the headline as text") })
  // One line in the banner: newlines and runs of spaces from a paste become single spaces.
  .transform((s) => s.replace(/\s+/g, " ").trim())
  .superRefine((s, ctx) => {
    const length = [...s].length; // characters as people count them, not UTF-16 units
    if (length === 0) ctx.addIssue({ code: "custom", message: "Write the headline: it cannot be empty" });
    else if (length > HEADLINE_MAX)
      ctx.addIssue({ code: "custom", message: `Keep the headline to ${HEADLINE_MAX} characters (it has ${length})` });
  });

/**
 * The link to store, null for "no link", or undefined when refused. Only two shapes pass: a path on this site
 * ("/a/slug") or an absolute https:// URL. Anything a browser could turn into script or another origin
 * (javascript:, data:, //host, /\host, embedded whitespace or control characters, user:pass@ in a URL) is
 * refused rather than cleaned up.
 */
function safeLink(raw: string): string | null | undefined {
  const s = raw.trim();
  if (s === "") return null;
  if (s.length > 2000 || /[\s\u0000-\u001f\u007f\\]/.test(s)) return undefined;
  if (s.startsWith("/")) return s[1] === "/" ? undefined : s;
  if (!/^https:\/\//i.test(s) || !URL.canParse(s)) return undefined;
  const url = new URL(s);
  if (url.protocol !== "https:" || !url.hostname || url.username || url.password) return undefined;
  return url.href;
}

const link = z.string({ error: LINK_HELP }).transform((s, ctx) => {
  const safe = safeLink(s);
  if (safe === undefined) {
    ctx.addIssue({ code: "custom", message: LINK_HELP });
    return z.NEVER;
  }
  return safe;
});

/** Breaking news goes to an edition (issue 13): its language must be one of theirs (lib/editions/registry.ts). */
const EDITION_HELP = `Give the language as the code of one of the editions: ${editionList.map((e) => e.lang).join(", ")}`;
const language = z
  .string({ error: EDITION_HELP })
  .trim()
  .toLowerCase()
  .refine((code) => editionList.some((e) => e.lang === code), EDITION_HELP);

const priority = z.enum(["breaking", "developing"], { error: "Set priority to breaking or developing" });

const EXPIRY_HELP = "Give expiresAt as an ISO date and time such as 2026-11-24T18:00:00Z";
const isoDateTime = z.iso.datetime({ offset: true });

/** An expiry time: an ISO-8601 datetime (or Date) strictly after now(), stored as UTC with milliseconds. */
function expiresAt(now: () => Date) {
  return z.union([z.string(), z.date()], { error: EXPIRY_HELP }).transform((v, ctx) => {
    const at = typeof v === "string" && isoDateTime.safeParse(v).success ? new Date(v) : v instanceof Date ? v : null;
    if (!at || Number.isNaN(at.getTime())) {
      ctx.addIssue({ code: "custom", message: EXPIRY_HELP });
      return z.NEVER;
    }
    if (at.getTime() <= now().getTime()) {
      ctx.addIssue({ code: "custom", message: "Set expiresAt in the future, or withdraw or expire the item instead" });
      return z.NEVER;
    }
    return at.toISOString();
  });
}

/** The schema for a new item, judging expiry against now() (injected so tests and scripts control time). */
export function breakingInputSchemaAt(now: () => Date) {
  return z.object({
    headline,
    link: link.nullish().transform((v) => v ?? null),
    language: language.optional().default(defaultEdition.lang),
    priority: priority.optional().default("breaking"),
    // Absent: the store's default lifetime (BREAKING_DEFAULT_HOURS); null: no expiry, asked for explicitly.
    expiresAt: expiresAt(now).nullable().optional(),
  });
}

/** The schema for an edit: every field optional; link and expiresAt accept null (or "" for link) to clear them. */
export function breakingPatchSchemaAt(now: () => Date) {
  return z.object({
    headline: headline.optional(),
    link: link.nullable().optional(),
    language: language.optional(),
    priority: priority.optional(),
    expiresAt: expiresAt(now).nullable().optional(),
  });
}

/** A new item, judged against the real clock at parse time. */
export const breakingInputSchema = breakingInputSchemaAt(() => new Date());
/** An edit, judged against the real clock at parse time. */
export const breakingPatchSchema = breakingPatchSchemaAt(() => new Date());

export type BreakingInput = z.input<typeof breakingInputSchema>;
export type BreakingPatch = z.input<typeof breakingPatchSchema>;
export type ValidBreakingInput = z.output<typeof breakingInputSchema>;
export type ValidBreakingPatch = z.output<typeof breakingPatchSchema>;

/** Parses with a schema above, turning zod's issues into one BreakingValidationError naming each field. */
export function parseBreaking<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  return parseInput(schema, input, "Send the breaking item as an object with a headline", (m, f, i) => new BreakingValidationError(m, f, i));
}

const UNIT_MS = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1_000 } as const;

/** Milliseconds in a duration such as "90s", "15m", "2h", "1d" or "1h30m" (units largest first, each once). */
export function parseDuration(text: string): number {
  const s = text.trim().toLowerCase();
  const m = /^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(s);
  const ms = m
    ? (["d", "h", "m", "s"] as const).reduce((sum, unit, i) => sum + Number(m[i + 1] ?? 0) * UNIT_MS[unit], 0)
    : 0;
  if (!m || s === "" || !(ms > 0) || !Number.isSafeInteger(ms)) {
    throw new BreakingValidationError(
      `Write the duration as a number and unit such as 90s, 15m, 2h, 1d or 1h30m (got "${text}")`,
      "expiresAt",
    );
  }
  return ms;
}

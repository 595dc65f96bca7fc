import { z } from "zod";
import { defaultEdition, editionByCode, editionList } from "../editions/registry";
import { bodyImageUrls } from "../markdown/parse";
import { isLibraryImageSrc } from "../markdown/urls";

/**
 * Validation of the newsroom's article writes, shared by the admin API, the console's form and the store
 * (lib/content/article-writes.ts). Messages name the field and say what to do, for staff on deadline.
 */

export const TITLE_MAX = 300;
export const SLUG_MAX = 120;
export const SUMMARY_MAX = 600;
export const BODY_MAX = 200_000;
export const AUTHORS_MAX = 10;
export const TAGS_MAX = 20;

/** Characters as people count them (code points), not UTF-16 units. */
const length = (s: string) => [...s].length;

const title = z
  .string({ error: (iss) => (iss.input === undefined ? "Write a title: it cannot be empty" : "Write the title as text") })
  // One line: newlines and runs of spaces from a paste become single spaces.
  .transform((s) => s.replace(/\s+/g, " ").trim())
  .superRefine((s, ctx) => {
    const n = length(s);
    if (n === 0) ctx.addIssue({ code: "custom", message: "Write a title: it cannot be empty" });
    else if (n > TITLE_MAX) ctx.addIssue({ code: "custom", message: `Keep the title to ${TITLE_MAX} characters (it has ${n})` });
  });

const SLUG_HELP = "Use lowercase letters, digits and single hyphens in the slug, such as election-night-2026";

/** Letters and digits of any script (with their combining marks), joined by single hyphens; "page" is a route. */
const slug = z
  .string({ error: SLUG_HELP })
  .transform((s) => s.trim().normalize("NFC"))
  .superRefine((s, ctx) => {
    const n = length(s);
    if (n === 0 || n > SLUG_MAX) ctx.addIssue({ code: "custom", message: `Give a slug of 1 to ${SLUG_MAX} characters` });
    else if (!/^[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*$/u.test(s) || s !== s.toLowerCase())
      ctx.addIssue({ code: "custom", message: SLUG_HELP });
    else if (s === "page") ctx.addIssue({ code: "custom", message: 'Choose another slug: "page" is reserved for listings' });
  });

const blog = z
  .string({ error: "Give the blog as its slug, such as field-notes" })
  .trim()
  .min(1, "Give the blog as its slug, such as field-notes");

const summary = z
  .string({ error: "Write the summary as text" })
  .trim()
  .refine((s) => length(s) <= SUMMARY_MAX, { message: `Keep the summary to ${SUMMARY_MAX} characters` });

/**
 * Why an image address is refused, naming it (shortened: a data: URL can be long) and saying what to do. Images
 * come only from the media library (`isLibraryImageSrc`), so no reader's browser is sent to another site.
 */
export function notInLibraryMessage(what: string, src: string): string {
  const chars = [...src];
  const named = src === "" ? "with no address" : `"${chars.length > 120 ? `${chars.slice(0, 117).join("")}…` : src}"`;
  return (
    `${what} ${named} is not from the media library (only /media/… and /images/… paths are; https://, //host ` +
    "and data: addresses are not): upload it first (POST /api/admin/v1/media, or Upload image in the article " +
    "editor) and use the /media/… address it gives"
  );
}

/** The message for a body whose images are not all from the media library, or null when they are. */
export function bodyImagesIssue(markdown: string): string | null {
  const outside = bodyImageUrls(markdown).filter((src) => !isLibraryImageSrc(src));
  if (outside.length === 0) return null;
  const message = notInLibraryMessage("The body's image", outside[0]);
  return outside.length === 1 ? message : `${message}; ${outside.length - 1} more of its images are not from the library either`;
}

const body = z
  .string({ error: (iss) => (iss.input === undefined ? "Write the body in Markdown (it may be empty for a draft)" : "Write the body as Markdown text") })
  .superRefine((s, ctx) => {
    if (s.length > BODY_MAX)
      ctx.addIssue({ code: "custom", message: `Keep the body under ${BODY_MAX.toLocaleString("en")} characters: split it into a series` });
    else {
      const issue = bodyImagesIssue(s);
      if (issue) ctx.addIssue({ code: "custom", message: issue });
    }
  });

const SRC_HELP = "Give the image as a path from the media library such as /media/photo.jpg";

const optionalText = (name: string, max: number) =>
  z
    .string({ error: `Write the ${name} as text` })
    .trim()
    .refine((s) => length(s) <= max, { message: `Keep the ${name} to ${max} characters` })
    .nullish()
    .transform((s) => s || null);

const ALT_HELP = "Describe the image for readers who cannot see it (alt text, up to 500 characters)";

const heroImage = z.object(
  {
    src: z
      .string({ error: SRC_HELP })
      .trim()
      .superRefine((s, ctx) => {
        if (!isLibraryImageSrc(s)) ctx.addIssue({ code: "custom", message: notInLibraryMessage("The hero image", s) });
      }),
    alt: z
      .string({ error: ALT_HELP })
      .transform((s) => s.replace(/\s+/g, " ").trim())
      .refine((s) => length(s) >= 1 && length(s) <= 500, { message: ALT_HELP }),
    caption: optionalText("caption", 1000),
    credit: optionalText("credit", 300),
  },
  { error: "Give heroImage as { src, alt, caption?, credit? }" },
);

const AUTHOR_HELP = "Give each author as a name or an author slug";
const authors = z
  .array(
    z
      .string({ error: AUTHOR_HELP })
      .transform((s) => s.replace(/\s+/g, " ").trim())
      .refine((s) => length(s) >= 1 && length(s) <= 120, { message: `${AUTHOR_HELP}, 1 to 120 characters` }),
    { error: "Give authors as a list of names or author slugs" },
  )
  .max(AUTHORS_MAX, `Name at most ${AUTHORS_MAX} authors`);

const TAG_HELP = "Give each tag as a word or short phrase of 1 to 60 characters";
const tags = z
  .array(
    z
      .string({ error: TAG_HELP })
      .transform((s) => s.replace(/\s+/g, " ").trim())
      .refine((s) => length(s) >= 1 && length(s) <= 60 && /[\p{L}\p{N}]/u.test(s), { message: TAG_HELP }),
    { error: "Give tags as a list of words or short phrases" },
  )
  .max(TAGS_MAX, `Use at most ${TAGS_MAX} tags`);

const language = z
  .string({ error: "Give the language as a code such as en or ru" })
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2,8}$/, "Give the language as a code of 2 to 8 letters such as en or ru");

const editionCodes = editionList.map((e) => e.code).join(", ");

/** An edition's code (lib/editions/registry.ts): the article is written in that edition's language. */
const edition = z
  .string({ error: `Give the edition as the code of one of the editions: ${editionCodes}` })
  .trim()
  .toLowerCase()
  .superRefine((code, ctx) => {
    if (!editionByCode(code)) ctx.addIssue({ code: "custom", message: `There is no edition "${code}": use one of ${editionCodes}` });
  });

const TRANSLATION_OF_HELP = "Give translationOf as the id (a number) of the article this one translates, such as 42";
/** The id of the story this article translates (lib/content/translations.ts checks it in the write). */
const translationOf = z.number({ error: TRANSLATION_OF_HELP }).int(TRANSLATION_OF_HELP).positive(TRANSLATION_OF_HELP);

/** The edition an article in `lang` belongs to (decision 029): the edition of that language, else the default. */
const editionCodeOf = (lang: string) => (editionList.find((e) => e.lang === lang) ?? defaultEdition).code;

/**
 * `edition` and `language` together must agree: the language's edition is the one given (an Arabic story in the
 * default edition agrees with "en"). Given alone, the edition sets the language.
 */
function editionAgrees(v: { edition?: string; language?: string }, ctx: z.RefinementCtx): void {
  if (v.edition === undefined || v.language === undefined || editionCodeOf(v.language) === v.edition) return;
  const e = editionByCode(v.edition)!;
  const own = editionByCode(editionCodeOf(v.language))!;
  ctx.addIssue({
    code: "custom",
    path: ["edition"],
    message: `The language "${v.language}" belongs to the ${own.label} edition (${own.code}), not to ${e.label} (${e.code}): leave language out to write in the edition's language, or give the edition of ${v.language}`,
  });
}

const languageOf = (v: { edition?: string; language?: string }) => v.language ?? (v.edition === undefined ? undefined : editionByCode(v.edition)!.lang);

/**
 * A new draft (POST /articles). `edition` (a code) sets the language; without either, the default edition's.
 * `translationOf` links it to the story it translates, in the same transaction.
 */
export const articleCreateSchema = z
  .object(
    {
      title,
      slug: slug.optional(),
      blog: blog.nullish().transform((v) => v ?? null),
      summary: summary.optional().default(""),
      body,
      heroImage: heroImage.nullish().transform((v) => v ?? null),
      authors: authors.optional().default([]),
      tags: tags.optional().default([]),
      language: language.optional(),
      edition: edition.optional(),
      translationOf: translationOf.nullish().transform((v) => v ?? null),
    },
    { error: "Send the article as an object with a title and a body" },
  )
  .superRefine(editionAgrees)
  .transform(({ edition, ...v }) => ({ ...v, language: languageOf({ edition, language: v.language }) ?? defaultEdition.lang }));

const patchFields = ["title", "slug", "blog", "summary", "body", "heroImage", "authors", "tags", "language", "edition", "translationOf"] as const;

/**
 * An edit (PATCH /articles/:id): any of the fields; blog and heroImage accept null to remove them, translationOf
 * null to unlink the article from its versions. `edition` sets the language, as on create.
 */
export const articlePatchSchema = z
  .object(
    {
      title: title.optional(),
      slug: slug.optional(),
      blog: blog.nullable().optional(),
      summary: summary.optional(),
      body: body.optional(),
      heroImage: heroImage.nullable().optional(),
      authors: authors.optional(),
      tags: tags.optional(),
      language: language.optional(),
      edition: edition.optional(),
      translationOf: translationOf.nullable().optional(),
    },
    { error: "Send the changes as an object, such as { title }" },
  )
  .refine((v) => patchFields.some((k) => v[k] !== undefined), {
    message: `Nothing to change: give at least one of ${patchFields.join(", ")}`,
  })
  .superRefine(editionAgrees)
  .transform(({ edition, ...v }) => ({ ...v, language: languageOf({ edition, language: v.language }) }));

const AT_HELP = "Give at as an ISO date and time such as 2026-11-24T18:00:00Z, or leave it out to publish now";
const isoDateTime = z.iso.datetime({ offset: true });

/** Publishing (POST /articles/:id/publish): now, or at a time (a future time schedules it). Stored as UTC. */
export const publishSchema = z.object(
  {
    at: z
      .string({ error: AT_HELP })
      .refine((s) => isoDateTime.safeParse(s).success && !Number.isNaN(Date.parse(s)), { message: AT_HELP })
      .transform((s) => new Date(s).toISOString())
      .nullish()
      .transform((v) => v ?? undefined),
  },
  { error: "Send {} to publish now or { at } to schedule" },
);

export type ArticleCreateInput = z.input<typeof articleCreateSchema>;
export type ArticleCreate = z.output<typeof articleCreateSchema>;
export type ArticlePatchInput = z.input<typeof articlePatchSchema>;
export type ArticlePatch = z.output<typeof articlePatchSchema>;
export type PublishInput = z.input<typeof publishSchema>;
export type Publish = z.output<typeof publishSchema>;
export type HeroImageInput = z.output<typeof heroImage>;

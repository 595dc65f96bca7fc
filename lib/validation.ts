import type { z } from "zod";
import { ValidationError, type FieldIssue } from "./errors";

/**
 * Parses `input` with `schema` at a boundary (API body, form, CLI, store), turning zod's issues into one
 * ValidationError. Each issue names its field as a dotted path without list positions ("title", "heroImage.alt",
 * "authors"), which is what a form marks; an issue about the whole input says `shapeHelp` unless the schema
 * wrote its own message for it. `toError` lets an area throw its own subclass.
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  shapeHelp: string,
  toError: (message: string, field: string | undefined, issues: FieldIssue[]) => Error = (m, f, i) => new ValidationError(m, f, i),
): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => {
    const field = i.path.filter((p) => typeof p === "string").join(".") || undefined;
    return { field, message: field ? i.message : i.code === "custom" ? i.message : shapeHelp };
  });
  throw toError(issues.map((i) => i.message).join("; "), issues[0]?.field, issues);
}

import type { z } from "zod";
import { ValidationError } from "./errors";

/** Parses `input` with `schema`, turning zod's issues into one ValidationError that names each field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, shapeHelp: string): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => {
    const field = i.path.length ? String(i.path[0]) : undefined;
    return { field, message: field ? i.message : shapeHelp };
  });
  throw new ValidationError(issues.map((i) => i.message).join("; "), issues[0]?.field, issues);
}

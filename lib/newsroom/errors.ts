/**
 * Errors of the newsroom's access layer. Each carries the HTTP status the admin API answers with, so a route maps
 * any of them to `{ error: { message, field? } }` in one place. Messages are for the person at the keyboard.
 */

/** No valid session or API key (401). */
export class UnauthorizedError extends Error {
  readonly status = 401;
  constructor(message = "Sign in to the newsroom, or send an API key as Authorization: Bearer <key>") {
    super(message);
    this.name = "UnauthorizedError";
  }
}

/** Signed in, but the role does not allow the action (403). */
export class ForbiddenError extends Error {
  readonly status = 403;
  constructor(message: string) {
    super(message);
    this.name = "ForbiddenError";
  }
}

/** The write clashes with what is stored, e.g. an email address already in use (409). */
export class ConflictError extends Error {
  readonly status = 409;
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "ConflictError";
  }
}

/** The account, key or item named does not exist (404). */
export class NotFoundError extends Error {
  readonly status = 404;
  constructor(message: string) {
    super(message);
    this.name = "NotFoundError";
  }
}

/** Input was wrong (422); `field` names the input key and `issues` lists every problem for forms. */
export class ValidationError extends Error {
  readonly status = 422;
  readonly field?: string;
  readonly issues: { field?: string; message: string }[];

  constructor(message: string, field?: string, issues?: { field?: string; message: string }[]) {
    super(message);
    this.name = "ValidationError";
    this.field = field;
    this.issues = issues ?? [{ field, message }];
  }
}

/** Whether a database error is a unique-constraint violation, in SQLite's or PostgreSQL's words. */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: unknown; message?: unknown } | null;
  return (
    e?.code === "SQLITE_CONSTRAINT_UNIQUE" ||
    e?.code === "SQLITE_CONSTRAINT_PRIMARYKEY" ||
    e?.code === "23505" ||
    (typeof e?.message === "string" && /unique constraint/i.test(e.message))
  );
}

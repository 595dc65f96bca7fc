/**
 * The errors every layer may throw at a person: each carries the HTTP status it means, so the admin API, the
 * console and the CLI map any of them in one place (`errorResponse` reads `status`, `message` and `field`; it
 * checks no class, because a class loaded by two Next.js chunks is two classes). Messages are for the person at
 * the keyboard: what went wrong and what to do next. This module sits below every other one in lib/.
 */

export type FieldIssue = { field?: string; message: string };

/** An error with its HTTP meaning; `field` names the input key it is about, when there is one. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "HttpError";
  }
}

/** No valid session or API key (401). */
export class UnauthorizedError extends HttpError {
  constructor(message = "Sign in to the newsroom, or send an API key as Authorization: Bearer <key>") {
    super(401, message);
    this.name = "UnauthorizedError";
  }
}

/** Signed in, but the role does not allow the action (403); `field` names the input that asked for it, if one did. */
export class ForbiddenError extends HttpError {
  constructor(message: string, field?: string) {
    super(403, message, field);
    this.name = "ForbiddenError";
  }
}

/** The item named does not exist (404). */
export class NotFoundError extends HttpError {
  constructor(message: string) {
    super(404, message);
    this.name = "NotFoundError";
  }
}

/** The write clashes with what is stored, e.g. an email address already in use (409). */
export class ConflictError extends HttpError {
  constructor(message: string, field?: string) {
    super(409, message, field);
    this.name = "ConflictError";
  }
}

/** Input was wrong (422); `field` names the first input key at fault and `issues` lists every problem for forms. */
export class ValidationError extends HttpError {
  readonly issues: FieldIssue[];

  constructor(message: string, field?: string, issues?: FieldIssue[]) {
    super(422, message, field);
    this.name = "ValidationError";
    this.issues = issues ?? [{ field, message }];
  }
}

/** Too many requests of one kind in a window (429); `retryAfterSeconds` becomes the Retry-After header. */
export class TooManyRequestsError extends HttpError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
    field?: string,
  ) {
    super(429, message, field);
    this.name = "TooManyRequestsError";
  }
}

/**
 * Whether an error means the database cannot be reached right now (as opposed to a bad query or a constraint):
 * callers answer 503 "try again" instead of 500, and nothing is lost because nothing was written.
 */
const NODE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH", "EAI_AGAIN"]);
// PostgreSQL SQLSTATEs: admin/crash shutdown, cannot connect now, too many connections.
const PG_CODES = new Set(["57P01", "57P02", "57P03", "53300"]);
const MESSAGES = [/connection terminated/i, /timeout exceeded when trying to connect/i, /connection error/i, /database is locked/i];

export function isDatabaseUnavailable(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === "string") {
      if (NODE_CODES.has(code) || PG_CODES.has(code) || code.startsWith("08") || code === "SQLITE_BUSY") return true;
    }
    if (typeof message === "string" && MESSAGES.some((m) => m.test(message))) return true;
    // AggregateError from a connect attempt to several addresses.
    const inner = (e as { errors?: unknown[] }).errors;
    if (Array.isArray(inner) && inner.some((x) => isDatabaseUnavailable(x))) return true;
  }
  return false;
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

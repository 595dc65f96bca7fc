import "server-only";
import { cookies } from "next/headers";
import { config } from "../config";
import { db } from "../db/connection";
import { isDatabaseUnavailable } from "../db/errors";
import { principalFromAuthorizationHeader } from "./api-keys";
import { ForbiddenError, HttpError, UnauthorizedError } from "../errors";
import type { Principal } from "./roles";
import { readLimitedBytes } from "./request-body";
import { getSessionPrincipal, SESSION_COOKIE } from "./sessions";

/**
 * The admin API's shared plumbing: who is calling (API key or session), bodies read with a size limit, and every
 * error answered as `{ error: { message, field? } }` with the status it carries. Routes stay a few lines each.
 */

export const MAX_JSON_BYTES = 1_000_000;

/** Reads a JSON body: 413 when too large, 415 for another content type, 400 when it does not parse. */
export async function readJson(request: Request, maxBytes = MAX_JSON_BYTES): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) throw new HttpError(415, "Send the body as JSON with Content-Type: application/json");
  const text = await readLimited(request, maxBytes);
  if (text.trim() === "") throw new HttpError(400, "The request body is empty: send a JSON object");
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new HttpError(400, `The body is not valid JSON: ${(err as Error).message}`);
  }
}

// The admin routes that take raw bytes (media uploads) read them with the same limit.
export { readLimitedBytes };

async function readLimited(request: Request, maxBytes: number): Promise<string> {
  return new TextDecoder().decode(await readLimitedBytes(request, maxBytes));
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * A cookie-authenticated request that changes state must come from our own pages: browsers send Origin on
 * such requests, and Sec-Fetch-Site says whether it is same-origin. API keys are not ambient, so they need no check.
 */
function assertSameOrigin(request: Request): void {
  if (SAFE_METHODS.has(request.method)) return;
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin") throw new ForbiddenError("Cross-site requests cannot change newsroom content");
  const origin = request.headers.get("origin");
  if (!origin) {
    if (site === "same-origin") return;
    throw new ForbiddenError("Missing Origin header: newsroom changes must come from the newsroom's own pages");
  }
  const allowed = new Set([config().siteUrl, new URL(request.url).origin]);
  const host = request.headers.get("host");
  if (host) allowed.add(`${new URL(request.url).protocol}//${host}`);
  if (!allowed.has(origin)) throw new ForbiddenError("Cross-site requests cannot change newsroom content");
}

/** The caller: an API key from Authorization, else the session cookie. Throws UnauthorizedError otherwise. */
export async function authenticate(request: Request): Promise<Principal> {
  const header = request.headers.get("authorization");
  if (header) {
    const principal = await principalFromAuthorizationHeader(db(), header);
    if (!principal) throw new UnauthorizedError("The API key is not valid (revoked, mistyped, or not a Dispatch key)");
    return principal;
  }
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  const principal = token ? await getSessionPrincipal(db(), token) : null;
  if (!principal) throw new UnauthorizedError();
  assertSameOrigin(request);
  return principal;
}

export function errorResponse(err: unknown): Response {
  const e = err as { status?: unknown; message?: string; field?: string; retryAfterSeconds?: unknown };
  // Every error a person should see carries its status (lib/errors.ts); anything else is ours: a 500.
  const status = typeof e?.status === "number" ? e.status : 500;
  if (isDatabaseUnavailable(err)) {
    console.error("admin API: database unavailable:", (err as Error)?.message ?? err);
    return Response.json(
      { error: { message: "The database is unavailable right now, so nothing was saved. Keep your text and try again in a minute." } },
      { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": "30" } },
    );
  }
  if (status >= 500) {
    console.error("admin API:", err);
    return Response.json({ error: { message: "Something went wrong on our side; nothing was changed. Try again." } }, { status: 500 });
  }
  const body: { message: string; field?: string } = { message: e.message ?? "Request refused" };
  if (e.field) body.field = e.field;
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  if (status === 401) headers["WWW-Authenticate"] = 'Bearer realm="dispatch"';
  if (typeof e.retryAfterSeconds === "number") headers["Retry-After"] = String(Math.max(1, Math.ceil(e.retryAfterSeconds)));
  return Response.json({ error: body }, { status, headers });
}

type RouteContext<P> = { params: Promise<P> };
type Handler<P> = (request: Request, ctx: { principal: Principal; params: P }) => Promise<Response>;

/** Wraps an admin route: authenticates, runs it, maps errors; every answer is private and never cached. */
export function adminRoute<P = Record<string, never>>(handler: Handler<P>) {
  return async (request: Request, context: RouteContext<P>): Promise<Response> => {
    try {
      const principal = await authenticate(request);
      const res = await handler(request, { principal, params: await context.params });
      res.headers.set("Cache-Control", "private, no-store");
      return res;
    } catch (err) {
      return errorResponse(err);
    }
  };
}

/** A route parameter that must be a positive integer id. */
export function idParam(raw: string, what = "id"): number {
  if (!/^[1-9][0-9]{0,9}$/.test(raw)) throw new HttpError(404, `No such ${what}: ${raw}`);
  return Number(raw);
}

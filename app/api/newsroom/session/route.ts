import { NextResponse } from "next/server";
import { z } from "zod";
import { db } from "@/lib/db/connection";
import { clientIp, isHttps, isSameOrigin, safeNextPath, seeOther } from "@/lib/newsroom/console.next";
import { limitBody, SIGN_IN_MAX_BYTES } from "@/lib/newsroom/request-body";
import { SESSION_COOKIE, sessionCookieOptions } from "@/lib/newsroom/sessions";
import { signIn } from "@/lib/newsroom/sign-in";
import { POST as signOut } from "./sign-out/route";

export const dynamic = "force-dynamic";

const signInSchema = z.object({
  email: z.string().max(320).default(""),
  password: z.string().max(1000).default(""),
  next: z.string().max(500).optional(),
});

/**
 * POST /api/newsroom/session: sign in from the console's form (urlencoded, works without JavaScript; answers 303)
 * or from a script (JSON; answers JSON). The session token goes only into an httpOnly cookie.
 */
export async function POST(incoming: Request): Promise<Response> {
  // The body is read under a small limit before anything parses it (a sign-in is a few hundred bytes): 413 beyond.
  const request = await limitBody(incoming, SIGN_IN_MAX_BYTES);
  if (request instanceof Response) return request;
  const json = /^application\/json\b/i.test(request.headers.get("content-type") ?? "");
  if (!isSameOrigin(request)) {
    return json
      ? Response.json({ error: { message: "Sign in from the newsroom's own sign-in page" } }, { status: 403 })
      : seeOther("/newsroom/login?error=origin");
  }
  let raw: unknown = {};
  try {
    raw = json ? await request.json() : Object.fromEntries(await request.formData());
  } catch {
    raw = {};
  }
  const input = signInSchema.safeParse(raw);
  const fields = input.success ? input.data : { email: "", password: "", next: undefined };
  const next = safeNextPath(fields.next);
  const result = await signIn(db(), {
    email: fields.email,
    password: fields.password,
    ip: clientIp(request),
    userAgent: request.headers.get("user-agent"),
  });

  if (!result.ok) {
    const params = new URLSearchParams({ error: result.reason });
    if (result.retryAfterSeconds) params.set("retry", String(result.retryAfterSeconds));
    if (next !== "/newsroom") params.set("next", next);
    const retry = result.retryAfterSeconds ? { "Retry-After": String(result.retryAfterSeconds) } : undefined;
    if (json) {
      const message =
        result.reason === "rate-limited"
          ? `Too many attempts: try again in ${result.retryAfterSeconds ?? 60} seconds`
          : "The email or password is not right";
      return Response.json({ error: { message } }, { status: result.reason === "rate-limited" ? 429 : 401, headers: retry });
    }
    return seeOther(`/newsroom/login?${params}`, retry);
  }

  const res = json
    ? NextResponse.json({ name: result.principal.name, role: result.principal.role, expiresAt: result.expiresAt })
    : new NextResponse(null, { status: 303, headers: { Location: next } });
  res.headers.set("Cache-Control", "private, no-store");
  res.cookies.set(SESSION_COOKIE, result.token, sessionCookieOptions(isHttps(request)));
  return res;
}

/** DELETE /api/newsroom/session: sign out (the same as POST /api/newsroom/session/sign-out). */
export const DELETE = signOut;

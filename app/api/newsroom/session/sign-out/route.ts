import { cookies } from "next/headers";
import { NextResponse } from "next/server";
import { db } from "@/lib/db/connection";
import { isHttps, isSameOrigin, seeOther } from "@/lib/newsroom/console.next";
import { endSession, SESSION_COOKIE, sessionCookieOptions } from "@/lib/newsroom/sessions";

export const dynamic = "force-dynamic";

/**
 * Sign-out: the session row is deleted, so the token is dead everywhere even if a copy of the cookie survives;
 * then the cookie is cleared and the browser goes back to the sign-in page.
 */
export async function POST(request: Request): Promise<Response> {
  // Another site must not be able to sign people out either.
  if (!isSameOrigin(request)) return seeOther("/newsroom");
  await endSession(db(), (await cookies()).get(SESSION_COOKIE)?.value);
  const res = new NextResponse(null, { status: 303, headers: { Location: "/newsroom/login?signed-out=1", "Cache-Control": "private, no-store" } });
  res.cookies.set(SESSION_COOKIE, "", { ...sessionCookieOptions(isHttps(request)), maxAge: 0 });
  return res;
}

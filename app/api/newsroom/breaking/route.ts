import { z } from "zod";
import { BreakingValidationError } from "@/lib/breaking/schema";
import { postBreakingNow } from "@/lib/breaking/writes.next";
import { DESK_TYPED_COOKIE, DESK_TYPED_MAX_AGE_SECONDS, deskErrorCode, encodeDeskTyped, type DeskError, type DeskTyped } from "@/lib/breaking/desk-form";
import { db } from "@/lib/db/connection";
import { currentSession, isHttps, isSameOrigin, seeOther } from "@/lib/newsroom/console.next";
import { CONSOLE_FORM_MAX_BYTES, limitBody } from "@/lib/newsroom/request-body";
import { can } from "@/lib/newsroom/roles";

export const dynamic = "force-dynamic";

// No length limits here: the body is capped before parsing, and the store says what is too long.
const formSchema = z.object({
  headline: z.string().default(""),
  link: z.string().default(""),
  priority: z.string().default("breaking"),
  // The edition's language (the desk's select); absent, the default edition's.
  language: z.string().default(""),
  expiresInMinutes: z.string().default(""),
  // A checkbox: "on" when ticked, absent otherwise.
  noExpiry: z.string().default(""),
});

const DESK = "/newsroom/breaking";

/** The cookie that carries what was typed back to the form (lib/breaking/desk-form.ts); maxAge 0 clears it. */
function typedCookie(request: Request, value: string, maxAge: number): string {
  return `${DESK_TYPED_COOKIE}=${value}; Path=${DESK}; Max-Age=${maxAge}; HttpOnly; SameSite=Strict${isHttps(request) ? "; Secure" : ""}`;
}

/**
 * POST /api/newsroom/breaking: the console's plain form for posting an item (no JavaScript needed). Validation is
 * the store's; a refusal goes back to the form with an error code in the URL and what was typed in a cookie.
 */
export async function POST(incoming: Request): Promise<Response> {
  const user = await currentSession();
  if (!user) return seeOther("/newsroom/login?next=%2Fnewsroom%2Fbreaking");
  if (!isSameOrigin(incoming) || !can(user.role, "breaking:write")) return seeOther(`${DESK}?error=forbidden`);
  const request = await limitBody(incoming, CONSOLE_FORM_MAX_BYTES);
  if (request instanceof Response) return request;
  const parsed = formSchema.safeParse(Object.fromEntries(await request.formData().catch(() => new FormData())));
  if (!parsed.success) return seeOther(`${DESK}?error=invalid`);
  const form: DeskTyped = parsed.data;
  const back = (code: DeskError) => {
    const res = seeOther(`${DESK}?error=${code}`);
    res.headers.append("Set-Cookie", typedCookie(request, encodeDeskTyped(form), DESK_TYPED_MAX_AGE_SECONDS));
    return res;
  };
  const minutes = form.expiresInMinutes.trim() === "" ? null : Number(form.expiresInMinutes);
  if (minutes !== null && (!Number.isInteger(minutes) || minutes < 1 || minutes > 60 * 24 * 7)) return back("expiry");
  const noExpiry = form.noExpiry !== "";
  // Minutes and "No expiry" together contradict each other: ask rather than guess.
  if (noExpiry && minutes !== null) return back("expiry");
  try {
    await postBreakingNow(db(), {
      headline: form.headline,
      link: form.link.trim() || null,
      priority: form.priority,
      language: form.language === "" ? undefined : form.language,
      // Neither: the store's default lifetime (BREAKING_DEFAULT_HOURS); null asks for no expiry.
      expiresAt: noExpiry ? null : minutes === null ? undefined : new Date(Date.now() + minutes * 60_000).toISOString(),
    });
  } catch (err) {
    if (err instanceof BreakingValidationError) return back(deskErrorCode(err, form.headline));
    throw err;
  }
  const res = seeOther(`${DESK}?posted=1`);
  res.headers.append("Set-Cookie", typedCookie(request, "", 0));
  return res;
}

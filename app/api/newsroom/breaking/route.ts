import { z } from "zod";
import { BreakingValidationError } from "@/lib/breaking/schema";
import { postBreakingNow } from "@/lib/breaking/writes.next";
import { db } from "@/lib/db/connection";
import { currentSession, isSameOrigin, seeOther } from "@/lib/newsroom/console.next";
import { can } from "@/lib/newsroom/roles";

export const dynamic = "force-dynamic";

const formSchema = z.object({
  headline: z.string().max(2000).default(""),
  link: z.string().max(2100).default(""),
  priority: z.string().max(20).default("breaking"),
  expiresInMinutes: z.string().max(10).default(""),
});

/**
 * POST /api/newsroom/breaking: the console's plain form for posting an item (no JavaScript needed). Validation is
 * the store's; a refusal comes back to the form with the message and what was typed.
 */
export async function POST(request: Request): Promise<Response> {
  const user = await currentSession();
  if (!user) return seeOther("/newsroom/login?next=%2Fnewsroom%2Fbreaking");
  if (!isSameOrigin(request) || !can(user.role, "breaking:write")) return seeOther("/newsroom/breaking?error=forbidden");
  const form = formSchema.parse(Object.fromEntries(await request.formData().catch(() => new FormData())));
  const minutes = form.expiresInMinutes.trim() === "" ? null : Number(form.expiresInMinutes);
  const back = (message: string, field?: string) => {
    const q = new URLSearchParams({ error: message, headline: form.headline, link: form.link, priority: form.priority, expiresInMinutes: form.expiresInMinutes });
    if (field) q.set("field", field);
    return seeOther(`/newsroom/breaking?${q}`);
  };
  if (minutes !== null && (!Number.isInteger(minutes) || minutes < 1 || minutes > 60 * 24 * 7)) {
    return back("Give the expiry as whole minutes from 1 to 10080, or leave it empty to keep the item until withdrawn", "expiresInMinutes");
  }
  try {
    await postBreakingNow(db(), {
      headline: form.headline,
      link: form.link.trim() || null,
      priority: form.priority,
      expiresAt: minutes === null ? null : new Date(Date.now() + minutes * 60_000).toISOString(),
    });
  } catch (err) {
    if (err instanceof BreakingValidationError) return back(err.message, err.field);
    throw err;
  }
  return seeOther("/newsroom/breaking?posted=1");
}

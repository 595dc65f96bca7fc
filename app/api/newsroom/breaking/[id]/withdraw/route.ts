import { BreakingNotFoundError } from "@/lib/breaking/schema";
import { withdrawBreakingNow } from "@/lib/breaking/writes.next";
import { db } from "@/lib/db/connection";
import { currentSession, isSameOrigin, seeOther } from "@/lib/newsroom/console.next";
import { can } from "@/lib/newsroom/roles";

export const dynamic = "force-dynamic";

/** POST /api/newsroom/breaking/:id/withdraw: the console's withdraw button (a plain form). */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const user = await currentSession();
  if (!user) return seeOther("/newsroom/login?next=%2Fnewsroom%2Fbreaking");
  if (!isSameOrigin(request) || !can(user.role, "breaking:write")) return seeOther("/newsroom/breaking?error=forbidden");
  const raw = (await params).id;
  if (!/^[1-9][0-9]{0,9}$/.test(raw)) return seeOther("/newsroom/breaking");
  try {
    await withdrawBreakingNow(db(), Number(raw));
  } catch (err) {
    if (err instanceof BreakingNotFoundError) return seeOther("/newsroom/breaking?error=notFound");
    throw err;
  }
  return seeOther("/newsroom/breaking?withdrawn=1");
}

import type { Metadata } from "next";
import { BreakingDesk } from "@/components/newsroom/BreakingDesk";
import { listBreaking } from "@/lib/breaking/store";
import { db } from "@/lib/db/connection";
import { ui } from "@/lib/i18n/ui";
import { requireSession } from "@/lib/newsroom/console.next";
import { can } from "@/lib/newsroom/roles";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Breaking news" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => ((Array.isArray(v) ? v[0] : v) ?? "").slice(0, 2000);

export default async function BreakingPage({ searchParams }: Props) {
  const user = await requireSession("/newsroom/breaking");
  const p = await searchParams;
  const items = await listBreaking(db(), { includeWithdrawn: true, limit: 100 });
  return (
    <BreakingDesk
      t={ui()}
      items={items}
      now={new Date()}
      canWrite={can(user.role, "breaking:write")}
      notice={p.posted ? "posted" : p.withdrawn ? "withdrawn" : null}
      error={one(p.error) ? { message: one(p.error), field: one(p.field) || undefined } : null}
      typed={{ headline: one(p.headline), link: one(p.link), priority: one(p.priority) || "breaking", expiresInMinutes: one(p.expiresInMinutes) }}
    />
  );
}

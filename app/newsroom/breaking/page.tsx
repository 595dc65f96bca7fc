import type { Metadata } from "next";
import { cookies } from "next/headers";
import { BreakingDesk } from "@/components/newsroom/BreakingDesk";
import { DESK_TYPED_COOKIE, decodeDeskTyped, parseDeskError } from "@/lib/breaking/desk-form";
import { HEADLINE_MAX } from "@/lib/breaking/schema";
import { listBreaking } from "@/lib/breaking/store";
import { config } from "@/lib/config";
import { db } from "@/lib/db/connection";
import { defaultEdition } from "@/lib/editions/registry";
import { ui } from "@/lib/i18n/ui";
import { defaultLanguage } from "@/lib/site";
import { requireSession } from "@/lib/newsroom/console.next";
import { can } from "@/lib/newsroom/roles";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Breaking news" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const empty = { headline: "", link: "", priority: "breaking", language: defaultEdition.lang, expiresInMinutes: "", noExpiry: "" };

export default async function BreakingPage({ searchParams }: Props) {
  const user = await requireSession("/newsroom/breaking");
  const p = await searchParams;
  const t = ui(defaultLanguage);
  const canWrite = can(user.role, "breaking:write");
  // Only our own codes are shown, in our own words; the form is filled in only from the cookie our route set
  // after a refused post (lib/breaking/desk-form.ts), never from the URL.
  const error = parseDeskError(first(p.error));
  const errors = t.newsroom.breakingDesk.errors;
  const defaultHours = config().breakingDefaultHours;
  const message = !error
    ? null
    : error.code === "forbidden"
      ? t.newsroom.breakingDesk.forbidden
      : errors[error.code].replace("{max}", String(HEADLINE_MAX)).replace("{hours}", String(defaultHours));
  const kept = (error && canWrite && decodeDeskTyped((await cookies()).get(DESK_TYPED_COOKIE)?.value)) || empty;
  const typed = { ...kept, language: kept.language || defaultEdition.lang };
  // Writers see what readers saw: withdrawn items only for those who run the desk.
  const items = await listBreaking(db(), { includeWithdrawn: canWrite, limit: 100 });
  return (
    <BreakingDesk
      t={t}
      items={items}
      now={new Date()}
      canWrite={canWrite}
      notice={p.posted ? "posted" : p.withdrawn ? "withdrawn" : null}
      error={message ? { message, field: error?.field } : null}
      typed={typed}
      defaultHours={defaultHours}
    />
  );
}

import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/newsroom/LoginForm";
import { ui } from "@/lib/i18n/ui";
import { defaultLanguage } from "@/lib/site";
import { currentSession, safeNextPath } from "@/lib/newsroom/console.next";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function LoginPage({ searchParams }: Props) {
  const params = await searchParams;
  const next = safeNextPath(one(params.next));
  if (await currentSession()) redirect(next);
  const error = one(params.error);
  const retry = Number(one(params.retry) ?? "0");
  return (
    <LoginForm
      t={ui(defaultLanguage)}
      next={next}
      error={error === "invalid" || error === "rate-limited" || error === "origin" ? error : null}
      retryAfterSeconds={Number.isFinite(retry) && retry > 0 ? Math.ceil(retry) : null}
      signedOut={one(params["signed-out"]) === "1"}
    />
  );
}

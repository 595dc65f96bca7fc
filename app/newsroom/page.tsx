import type { Metadata } from "next";
import { ArticleTable } from "@/components/newsroom/ArticleTable";
import { EditionTabs } from "@/components/newsroom/EditionTabs";
import { StatusTabs } from "@/components/newsroom/StatusTabs";
import { listNewsroomArticles } from "@/lib/content/newsroom-queries";
import { articleStatuses, type ArticleStatus } from "@/lib/content/types";
import { db } from "@/lib/db/connection";
import { editionByCode } from "@/lib/editions/registry";
import { ui } from "@/lib/i18n/ui";
import { defaultLanguage } from "@/lib/site";
import { requireSession } from "@/lib/newsroom/console.next";
import { can } from "@/lib/newsroom/roles";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Articles" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function ArticlesPage({ searchParams }: Props) {
  const params = await searchParams;
  const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, one(v)])).toString();
  const user = await requireSession(query ? `/newsroom?${query}` : "/newsroom");
  const raw = one(params.status);
  const status = (articleStatuses as readonly string[]).includes(raw) ? (raw as ArticleStatus) : undefined;
  const q = one(params.q).slice(0, 200);
  const edition = editionByCode(one(params.edition))?.code;
  // Writers see only what they created; editors and admins see everything.
  const mine = can(user.role, "article:edit-any") ? undefined : user.userId;
  const { items, total } = await listNewsroomArticles(db(), { status, q: q || undefined, createdByUserId: mine, edition, limit: 100 });
  const t = ui(defaultLanguage);
  const s = t.newsroom.editions;
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">{t.newsroom.articles}</h1>
      <StatusTabs t={t} status={status} q={q} edition={edition} />
      <EditionTabs label={s.filterByEdition} all={s.editionAll} edition={edition} keep={{ status: status ?? "", q }} base="/newsroom" />
      <form method="get" action="/newsroom" role="search" className="my-4 flex gap-2">
        {status && <input type="hidden" name="status" value={status} />}
        {edition && <input type="hidden" name="edition" value={edition} />}
        <label htmlFor="q" className="sr-only">{t.newsroom.searchArticles}</label>
        <input id="q" name="q" type="search" defaultValue={q} placeholder={t.newsroom.searchArticles} className="w-full max-w-md rounded border border-muted px-3 py-2" />
        <button type="submit" className="rounded bg-brand px-4 py-2 text-brand-ink">{t.newsroom.searchButton}</button>
      </form>
      <ArticleTable t={t} s={s} items={items} total={total} />
    </>
  );
}

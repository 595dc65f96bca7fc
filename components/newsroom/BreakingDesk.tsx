import type { DeskTyped } from "@/lib/breaking/desk-form";
import { breakingState } from "@/lib/breaking/state";
import type { BreakingItem } from "@/lib/breaking/types";
import { editionOfLanguage } from "@/lib/editions/paths";
import { editionList } from "@/lib/editions/registry";
import type { UiStrings } from "@/lib/i18n/ui";
import { defaultLanguage, edition, langAttrs } from "@/lib/site";
import { StaffTime } from "./StaffTime";

type Props = {
  t: UiStrings;
  items: BreakingItem[];
  now: Date;
  canWrite: boolean;
  notice: "posted" | "withdrawn" | null;
  error: { message: string; field?: string } | null;
  typed: DeskTyped;
  /** BREAKING_DEFAULT_HOURS: the lifetime of an item posted with the expiry left empty. */
  defaultHours: number;
};

/**
 * The breaking-news desk: plain forms (post, withdraw) that work without JavaScript, and every item's state. An item
 * goes to one edition, chosen by its language (the store refuses any other language: the `language` code).
 */
export function BreakingDesk({ t, items, now, canWrite, notice, error, typed, defaultHours }: Props) {
  const b = t.newsroom.breakingDesk;
  const input = "mt-1 block w-full rounded border border-muted px-3 py-2";
  const err = (field: string) => (error?.field === field ? { "aria-invalid": true, "aria-describedby": "breaking-error" } : {});
  // The page has already turned the URL's error code into our own words.
  const errorText = error?.message;
  const cell = "border-b border-rule px-2 py-2 text-start align-top";
  // The console is in the default edition's language: only headlines and names in another are marked.
  const around = edition(defaultLanguage);
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">{t.newsroom.breaking}</h1>
      {notice && <p role="status" className="mb-4 rounded bg-wash p-3">{notice === "posted" ? b.posted : b.withdrawn}</p>}
      {errorText && <p id="breaking-error" role="alert" className="mb-4 rounded border border-accent bg-wash p-3 text-accent">{errorText}</p>}
      {canWrite ? (
        <section aria-labelledby="post-heading" className="mb-8 rounded border border-rule p-4">
          <h2 id="post-heading" className="mb-3 text-lg font-semibold">{b.postTitle}</h2>
          <form method="post" action="/api/newsroom/breaking" className="grid gap-4 md:grid-cols-2">
            <div className="md:col-span-2">
              <label htmlFor="b-headline" className="font-semibold">{b.headline}</label>
              <input id="b-headline" name="headline" required maxLength={200} defaultValue={typed.headline} className={input} {...err("headline")} />
            </div>
            <div>
              <label htmlFor="b-link" className="font-semibold">{b.link}</label>
              <input id="b-link" name="link" defaultValue={typed.link} className={input} aria-describedby="b-link-hint" {...err("link")} />
              <p id="b-link-hint" className="mt-1 text-sm text-muted">{b.linkHint}</p>
            </div>
            <div>
              <label htmlFor="b-priority" className="font-semibold">{b.priority}</label>
              <select id="b-priority" name="priority" defaultValue={typed.priority} className={input}>
                <option value="breaking">{b.priorityNames.breaking}</option>
                <option value="developing">{b.priorityNames.developing}</option>
              </select>
            </div>
            <div>
              <label htmlFor="b-language" className="font-semibold">{b.edition}</label>
              <select id="b-language" name="language" defaultValue={typed.language} className={input} {...err("language")}>
                {editionList.map((e) => <option key={e.code} value={e.lang} lang={e.lang}>{e.label}</option>)}
              </select>
            </div>
            <div>
              <label htmlFor="b-expires" className="font-semibold">{b.expiresIn}</label>
              <input id="b-expires" name="expiresInMinutes" type="number" min={1} max={10080} inputMode="numeric" defaultValue={typed.expiresInMinutes} className={input} aria-describedby="b-expires-hint" {...err("expiresInMinutes")} />
              <p id="b-expires-hint" className="mt-1 text-sm text-muted">{b.expiresHint.replace("{hours}", String(defaultHours))}</p>
              <div className="mt-2 flex items-center gap-2">
                <input id="b-no-expiry" name="noExpiry" type="checkbox" defaultChecked={typed.noExpiry !== ""} className="size-5" aria-describedby="b-expires-hint" {...err("expiresInMinutes")} />
                <label htmlFor="b-no-expiry">{b.noExpiry}</label>
              </div>
            </div>
            <div className="self-end">
              <button type="submit" className="rounded bg-accent px-4 py-2 font-semibold text-brand-ink">{b.post}</button>
            </div>
          </form>
        </section>
      ) : (
        <p className="mb-4">{b.readOnly}</p>
      )}
      <h2 className="mb-2 text-lg font-semibold">{b.items}</h2>
      {items.length === 0 ? (
        <p>{b.noItems}</p>
      ) : (
        // On a phone the table is wider than the screen: it scrolls inside its own focusable region.
        <div role="region" aria-label={b.items} tabIndex={0} className="overflow-x-auto">
        <table className="w-full min-w-[44rem] border-collapse">
          <thead>
            <tr>
              <th scope="col" className={cell}>{b.headline}</th>
              <th scope="col" className={cell}>{b.edition}</th>
              <th scope="col" className={cell}>{b.state}</th>
              <th scope="col" className={cell}>{b.priority}</th>
              <th scope="col" className={cell}>{b.postedAt}</th>
              <th scope="col" className={cell}>{b.expiresAt}</th>
              {canWrite && <th scope="col" className={cell}><span className="sr-only">{b.withdraw}</span></th>}
            </tr>
          </thead>
          <tbody>
            {items.map((i) => {
              const state = breakingState(i, now);
              const own = langAttrs(edition(i.language), around);
              const e = editionOfLanguage(i.language);
              return (
                <tr key={i.id}>
                  <td className={cell}>{i.link ? <a href={i.link} {...own}>{i.headline}</a> : <span {...own}>{i.headline}</span>}</td>
                  <td className={cell}><span {...langAttrs(e, around)}>{e.label}</span></td>
                  <td className={cell}>{b.stateNames[state]}</td>
                  <td className={cell}>{b.priorityNames[i.priority]}</td>
                  <td className={cell}><StaffTime iso={i.postedAt} /></td>
                  <td className={cell}><StaffTime iso={i.expiresAt} /></td>
                  {canWrite && (
                    <td className={cell}>
                      {(state === "live" || state === "upcoming") && (
                        <form method="post" action={`/api/newsroom/breaking/${i.id}/withdraw`}>
                          <button type="submit" className="rounded border border-accent px-2 py-1 text-accent">
                            {b.withdraw} <span className="sr-only">{i.headline}</span>
                          </button>
                        </form>
                      )}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
        </div>
      )}
    </>
  );
}

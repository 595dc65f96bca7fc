import type { ReactNode } from "react";
import type { UiStrings } from "@/lib/i18n/ui";
import type { SessionUser } from "@/lib/newsroom/console.next";

/**
 * The console's frame: a skip link, a header with who is signed in and the console's navigation, then main.
 * Signed out (the sign-in page) it shows only the name. Sign-out is a form, so it works without JavaScript.
 */
export function NewsroomFrame({ t, user, children }: { t: UiStrings; user: SessionUser | null; children: ReactNode }) {
  const n = t.newsroom;
  const skip =
    "sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-paper focus:px-4 focus:py-3 focus:font-semibold focus:text-ink";
  return (
    <>
      <a className={skip} href="#main">{t.skipToMain}</a>
      <header className="bg-brand text-brand-ink">
        <div className="mx-auto flex w-full max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <p className="text-lg font-bold">
            <a href="/newsroom" className="text-brand-ink no-underline">{n.name}</a>
          </p>
          {user && (
            <>
              <nav aria-label={n.consoleNav} className="flex-1">
                <ul className="flex flex-wrap gap-4">
                  <li><a className="text-brand-ink underline" href="/newsroom">{n.articles}</a></li>
                  <li><a className="text-brand-ink underline" href="/newsroom/articles/new">{n.newArticle}</a></li>
                  <li><a className="text-brand-ink underline" href="/newsroom/breaking">{n.breaking}</a></li>
                </ul>
              </nav>
              <p className="text-sm">
                {n.signedInAs} <strong>{user.name}</strong> ({user.role})
              </p>
              <form method="post" action="/api/newsroom/session/sign-out">
                <button type="submit" className="rounded border border-brand-ink px-3 py-1 text-sm">{n.signOut}</button>
              </form>
            </>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
        {children}
      </main>
    </>
  );
}

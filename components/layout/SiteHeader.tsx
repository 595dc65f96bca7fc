import type { UiStrings } from "@/lib/i18n/ui";
import { SearchForm, type SearchFormLabels } from "./SearchForm";

export type NavLink = { href: string; label: string };
export type HeaderLabels = SearchFormLabels & Pick<UiStrings, "mainNav">;

/** Site name, search and the main navigation (`nav`: home, news and each blog, in order). */
export function SiteHeader({ t, siteName, tagline, nav }: { t: HeaderLabels; siteName: string; tagline: string; nav: NavLink[] }) {
  return (
    <header role="banner" className="bg-brand text-brand-ink">
      <div className="masthead">
        <div>
          <a href="/" className="site-name">{siteName}</a>
          <p className="text-sm text-white/90">{tagline}</p>
        </div>
        <SearchForm t={t} />
      </div>
      <nav id="main-nav" tabIndex={-1} aria-label={t.mainNav} className="border-t border-white/20">
        {/* One row that scrolls sideways on a phone, however many blogs there are, so the story stays in view;
            it wraps on wider screens. */}
        <ul className="nav-list">
          {nav.map((l) => (
            <li key={l.href}>
              <a className="nav-link" href={l.href}>{l.label}</a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}

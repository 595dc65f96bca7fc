import type { ReactNode } from "react";
import type { UiStrings } from "@/lib/i18n/ui";
import { SearchForm, type SearchFormLabels } from "./SearchForm";

export type NavLink = { href: string; label: string };
export type HeaderLabels = SearchFormLabels & Pick<UiStrings, "mainNav">;
export type HeaderLinks = { home: string; search: string };

/**
 * Site name, the edition switcher (`switcher`, components/layout/EditionSwitcher.tsx), search and the main
 * navigation (`nav`: home, news and each blog, in order).
 */
export function SiteHeader(props: { t: HeaderLabels; siteName: string; tagline: string; nav: NavLink[]; links: HeaderLinks; switcher: ReactNode }) {
  const { t, siteName, tagline, nav, links, switcher } = props;
  return (
    <header role="banner" className="bg-brand text-brand-ink">
      <div className="masthead">
        <div>
          <a href={links.home} className="site-name">{siteName}</a>
          <p className="text-sm text-white/90">{tagline}</p>
          {switcher}
        </div>
        <SearchForm t={t} action={links.search} />
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

import type { UiStrings } from "@/lib/i18n/ui";
import { SearchForm, type SearchFormLabels } from "./SearchForm";

export type NavLink = { href: string; label: string };
export type HeaderLabels = SearchFormLabels & Pick<UiStrings, "mainNav" | "editionsNav">;
/** An edition's home, named in its own language. */
export type EditionLink = { href: string; label: string; lang: string };
export type HeaderLinks = { home: string; search: string; editions: EditionLink[] };

/** Site name, search and the main navigation (`nav`: home, news and each blog, in order). */
export function SiteHeader({ t, siteName, tagline, nav, links }: { t: HeaderLabels; siteName: string; tagline: string; nav: NavLink[]; links: HeaderLinks }) {
  return (
    <header role="banner" className="bg-brand text-brand-ink">
      <div className="masthead">
        <div>
          <a href={links.home} className="site-name">{siteName}</a>
          <p className="text-sm text-white/90">{tagline}</p>
          {links.editions.length > 0 && (
            <ul aria-label={t.editionsNav} className="edition-switcher">
              {links.editions.map((e) => (
                <li key={e.href}>
                  <a href={e.href} lang={e.lang} hrefLang={e.lang}>{e.label}</a>
                </li>
              ))}
            </ul>
          )}
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

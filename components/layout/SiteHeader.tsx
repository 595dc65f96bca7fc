import type { UiStrings } from "@/lib/i18n/ui";
import type { Blog } from "@/lib/content/types";
import { SearchForm } from "./SearchForm";

export function SiteHeader({ t, siteName, tagline, blogs }: { t: UiStrings; siteName: string; tagline: string; blogs: Blog[] }) {
  return (
    <header role="banner" className="bg-brand text-brand-ink">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-4">
        <div>
          <a href="/" className="font-serif text-2xl font-bold text-brand-ink no-underline sm:text-3xl">{siteName}</a>
          <p className="text-sm text-white/90">{tagline}</p>
        </div>
        <SearchForm t={t} />
      </div>
      <nav id="main-nav" tabIndex={-1} aria-label={t.mainNav} className="border-t border-white/20">
        {/* One row that scrolls sideways on a phone, however many blogs there are, so the story stays in view;
            it wraps on wider screens. */}
        <ul className="mx-auto flex max-w-6xl gap-x-1 overflow-x-auto whitespace-nowrap px-2 sm:flex-wrap sm:whitespace-normal">
          <li><a className="nav-link" href="/">{t.home}</a></li>
          <li><a className="nav-link" href="/news">{t.news}</a></li>
          {blogs.map((b) => (
            <li key={b.slug}>
              <a className="nav-link" href={`/blogs/${b.slug}`}>{b.title}</a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}

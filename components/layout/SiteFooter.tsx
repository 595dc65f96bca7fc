import type { UiStrings } from "@/lib/i18n/ui";

export function SiteFooter({ t, siteName }: { t: UiStrings; siteName: string }) {
  return (
    <footer role="contentinfo" className="mt-12 border-t border-rule bg-wash">
      <div className="mx-auto flex max-w-6xl flex-wrap justify-between gap-4 px-4 py-8 text-sm text-muted">
        <p>© {new Date().getUTCFullYear()} {siteName}</p>
        <ul className="flex gap-4" aria-label={t.footerFeeds}>
          <li><a href="/feeds/rss.xml">{t.rss}</a></li>
          <li><a href="/feeds/atom.xml">{t.atom}</a></li>
          <li><a href="/blogs">{t.blogs}</a></li>
        </ul>
      </div>
    </footer>
  );
}

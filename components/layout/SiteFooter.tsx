import type { UiStrings } from "@/lib/i18n/ui";

export type FooterLabels = Pick<UiStrings, "footerFeeds" | "rss" | "atom" | "blogs">;

/** `feeds` and `blogs`: the edition's feeds folder and list of blogs. `year`: the copyright year, given rather than read from the clock so the server and the browser agree. */
export function SiteFooter({ t, siteName, year, feeds, blogs }: { t: FooterLabels; siteName: string; year: number; feeds: string; blogs: string }) {
  return (
    <footer role="contentinfo" className="site-footer">
      <div>
        <p>© {year} {siteName}</p>
        <ul aria-label={t.footerFeeds}>
          <li><a href={`${feeds}/rss.xml`}>{t.rss}</a></li>
          <li><a href={`${feeds}/atom.xml`}>{t.atom}</a></li>
          <li><a href={blogs}>{t.blogs}</a></li>
        </ul>
      </div>
    </footer>
  );
}

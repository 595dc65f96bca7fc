import type { UiStrings } from "@/lib/i18n/ui";

/** "Accessibility links": the first thing in the page, hidden until focused. Each target takes focus. */
export type SkipLinkLabels = Pick<UiStrings, "accessibilityLinks" | "skipToMain" | "skipToNav" | "skipToSearch">;

export function SkipLinks({ t }: { t: SkipLinkLabels }) {
  // .skip-link (globals.css): one short class, since every class name is sent twice (HTML and RSC payload).
  const link = "skip-link";
  return (
    <nav aria-label={t.accessibilityLinks} className="no-print">
      <ul>
        <li><a className={link} href="#main">{t.skipToMain}</a></li>
        <li><a className={link} href="#main-nav">{t.skipToNav}</a></li>
        <li><a className={link} href="#search">{t.skipToSearch}</a></li>
      </ul>
    </nav>
  );
}

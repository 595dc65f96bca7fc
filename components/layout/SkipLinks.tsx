import type { UiStrings } from "@/lib/i18n/ui";

/** "Accessibility links": the first thing in the page, hidden until focused. Each target takes focus. */
export function SkipLinks({ t }: { t: UiStrings }) {
  const link =
    "sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-paper focus:px-4 focus:py-3 focus:font-semibold focus:text-ink";
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

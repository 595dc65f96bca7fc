import type { UiStrings } from "@/lib/i18n/ui";

/** A plain GET form: works without JavaScript, and is the "Skip to search" target. */
export function SearchForm({ t, defaultValue }: { t: UiStrings; defaultValue?: string }) {
  return (
    <form role="search" action="/search" method="get" className="flex items-stretch gap-2">
      <label htmlFor="search" className="sr-only">{t.searchLabel}</label>
      <input
        id="search"
        name="q"
        type="search"
        dir="auto"
        enterKeyHint="search"
        defaultValue={defaultValue}
        placeholder={t.searchPlaceholder}
        className="min-h-11 w-full min-w-0 rounded border border-muted bg-paper px-3 text-ink placeholder:text-muted sm:w-56"
      />
      <button type="submit" className="min-h-11 rounded bg-accent px-4 font-semibold text-white">{t.search}</button>
    </form>
  );
}

import type { UiStrings } from "@/lib/i18n/ui";

/** A plain GET form to the edition's search page (`action`) to the edition's search page (`action`): works without JavaScript, and is the "Skip to search" target. */
export type SearchFormLabels = Pick<UiStrings, "searchLabel" | "searchPlaceholder" | "search">;

export function SearchForm({ t, action, defaultValue }: { t: SearchFormLabels; action: string; defaultValue?: string }) {
  return (
    <form role="search" action={action} method="get" className="flex items-stretch gap-2">
      <label htmlFor="search" className="sr-only">{t.searchLabel}</label>
      <input
        id="search"
        name="q"
        type="search"
        dir="auto"
        enterKeyHint="search"
        defaultValue={defaultValue}
        placeholder={t.searchPlaceholder}
        className="search-input"
      />
      <button type="submit" className="search-button">{t.search}</button>
    </form>
  );
}

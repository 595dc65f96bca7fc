import { editionList } from "@/lib/editions/registry";

type Props = {
  /** What the links choose, as the navigation's name ("Filter by edition"). */
  label: string;
  /** The link to no edition in particular ("All editions"); left out, every link names an edition. */
  all?: string;
  edition?: string;
  /** The page's other parameters (status, q), carried along by every link. */
  keep?: Record<string, string>;
  base: string;
};

/**
 * Editions as links, like StatusTabs: they change the URL, so they work without JavaScript and can be
 * bookmarked. Each edition is named in its own language (the registry's label), marked with its lang and dir.
 */
export function EditionTabs({ label, all, edition, keep = {}, base }: Props) {
  const options: { code?: string; label: string; lang?: string; dir?: string }[] = [
    ...(all ? [{ label: all }] : []),
    ...editionList.map((e) => ({ code: e.code, label: e.label, lang: e.lang, dir: e.dir })),
  ];
  return (
    <nav aria-label={label} className="mt-2">
      <ul className="flex flex-wrap gap-2 border-b border-rule">
        {options.map((o) => {
          const params = new URLSearchParams(Object.entries(keep).filter(([, v]) => v !== ""));
          if (o.code) params.set("edition", o.code);
          const current = o.code === edition;
          return (
            <li key={o.code ?? "all"}>
              <a
                href={`${base}${params.size ? `?${params}` : ""}`}
                aria-current={current ? "page" : undefined}
                lang={o.lang}
                dir={o.dir}
                className={`inline-block px-3 py-2 ${current ? "border-b-4 border-brand font-semibold text-ink" : ""}`}
              >
                {o.label}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

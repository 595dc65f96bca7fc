import type { EditionLink } from "@/lib/reader/edition-switcher";

/**
 * The header's links to the other editions, each named in its own language and marked with its lang, so a screen
 * reader says each name in its language. On an article with translations they lead to the story's versions.
 */
export function EditionSwitcher({ links, label }: { links: EditionLink[]; label: string }) {
  if (links.length === 0) return null;
  return (
    <ul aria-label={label} className="edition-switcher">
      {links.map((e) => (
        <li key={e.href}>
          <a href={e.href} lang={e.lang} dir={e.dir} hrefLang={e.lang} {...(e.translation ? { rel: "alternate" } : {})}>
            {e.label}
          </a>
        </li>
      ))}
    </ul>
  );
}

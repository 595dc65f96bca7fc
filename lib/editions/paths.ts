import { defaultEdition, editionByCode, editionList, type EditionInfo } from "./registry";

/**
 * Where an edition's pages live: the default edition at the root (every URL it had before editions), the others
 * under their code (/fa, /fa/news, /fa/a/<slug>). One function, so links, canonicals, feeds and redirects agree.
 */
export function editionPath(code: string, path: string): string {
  const e = editionByCode(code) ?? defaultEdition;
  if (e.isDefault) return path;
  return path === "/" ? `/${e.code}` : `/${e.code}${path}`;
}

/** The edition an article or blog in `lang` belongs to (decision 029): the edition of that language, else the default. */
export function editionOfLanguage(lang: string): EditionInfo {
  return editionList.find((e) => e.lang === lang) ?? defaultEdition;
}

/** Whether a story or blog in `lang` belongs to the edition with this code. */
export function inEdition(lang: string, code: string): boolean {
  return editionOfLanguage(lang).code === code;
}

/** The edition of a route's `[edition]` segment; undefined for a code no edition has. */
export function editionOfParam(code: string): EditionInfo | undefined {
  return editionByCode(code);
}

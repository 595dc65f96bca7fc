/**
 * The words of the reader's error and not-found screens in each edition's language, apart from the other interface
 * strings: those screens are client components in every reader page's JavaScript (app/[edition]/error.tsx, the
 * not-found text), and importing ui.ts there would ship every string of every language to every reader. Keyed by
 * language; ui.ts and strings/<lang>.ts include these, so server components read them from ui(lang) as before.
 * tests/i18n-strings.test.ts checks that every edition has its set.
 */
export type BoundaryStrings = { notFoundTitle: string; notFoundText: string; errorTitle: string; errorText: string; tryAgain: string; backHome: string };

export const boundaryStrings = {
  en: {
    notFoundTitle: "Page not found",
    notFoundText: "We could not find that page. It may have moved, or the address may be mistyped.",
    errorTitle: "Something went wrong",
    errorText: "This page could not be shown just now. Please try again in a moment.",
    tryAgain: "Try again",
    backHome: "Go to the home page",
  },
  ru: {
    notFoundTitle: "Страница не найдена",
    notFoundText: "Мы не нашли такую страницу. Возможно, её перенесли или в адресе допущена опечатка.",
    errorTitle: "Что-то пошло не так",
    errorText: "Сейчас не удалось показать эту страницу. Попробуйте ещё раз через минуту.",
    tryAgain: "Попробовать снова",
    backHome: "Перейти на главную",
  },
  fa: {
    notFoundTitle: "صفحه پیدا نشد",
    notFoundText: "این صفحه را پیدا نکردیم. ممکن است جابه‌جا شده باشد یا نشانی آن اشتباه نوشته شده باشد.",
    errorTitle: "مشکلی پیش آمد",
    errorText: "این صفحه در حال حاضر نمایش داده نمی‌شود. لطفاً چند لحظه دیگر دوباره تلاش کنید.",
    tryAgain: "دوباره تلاش کنید",
    backHome: "رفتن به صفحه اصلی",
  },
} satisfies Record<string, BoundaryStrings>;

/** The set for a language, English for one without its own. */
export function boundaryStringsFor(lang: string): BoundaryStrings {
  return (boundaryStrings as Record<string, BoundaryStrings>)[lang] ?? boundaryStrings.en;
}

/**
 * Each edition's home by its code, for the same screens' "Go to the home page" (the registry itself is not loaded
 * in the browser). tests/i18n-strings.test.ts checks it against lib/editions/registry.ts.
 */
export const boundaryHomes: Record<string, string> = { en: "/", ru: "/ru", fa: "/fa" };

/**
 * The words and home of the edition whose code is the URL's first segment (useParams().edition in a client
 * boundary); the default edition's for any other.
 */
export function boundaryFor(code: string | undefined): BoundaryStrings & { home: string } {
  const known = code !== undefined && code in boundaryHomes;
  return { ...boundaryStringsFor(known ? code : "en"), home: known ? boundaryHomes[code] : "/" };
}

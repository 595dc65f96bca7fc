/**
 * The newsroom console's words for editions and translations (issue 13): the edition column and filter of the
 * article list, the edition of a new article, and an article's versions with its "Translate" action. Kept here
 * until they join the console's strings in lib/i18n (UiStrings["newsroom"]), where tests/i18n-strings.test.ts
 * checks every edition has them; ru and fa are complete already, so the move is a copy.
 *
 * The pages put only our own codes in a URL (TRANSLATE_ERRORS), never text, and show these words for them: a
 * crafted link cannot put words on the console (as the breaking desk does: lib/breaking/desk-form.ts).
 */

export const TRANSLATE_ERRORS = ["forbidden", "edition", "taken", "sameEdition", "missing", "title", "invalid"] as const;
export type TranslateError = (typeof TRANSLATE_ERRORS)[number];

/** The code a console URL names, or null for none and for anything that is not one of ours. */
export function parseTranslateError(raw: unknown): TranslateError | null {
  return TRANSLATE_ERRORS.find((c) => c === raw) ?? null;
}

/**
 * The code for a write the store refused: its field and, for a refused link, which rule (the store's messages
 * say which; the codes stay ours). Anything that is not a refusal of the input is not ours to code: null.
 */
export function translateErrorCode(err: { status?: unknown; field?: string; message?: string }): TranslateError | null {
  if (err.status === 403) return "forbidden";
  if (err.status !== 422) return null;
  if (err.field === "edition") return "edition";
  if (err.field === "title") return "title";
  if (err.field === "translationOf") {
    if (/^There is no article/.test(err.message ?? "")) return "missing";
    if (/same edition/.test(err.message ?? "")) return "sameEdition";
    if (/already has a version/.test(err.message ?? "")) return "taken";
  }
  return "invalid";
}

type Strings = {
  edition: string;
  filterByEdition: string;
  editionAll: string;
  /** The new-article page: which edition the article is written for. */
  writeFor: string;
  newInEdition: string;
  newInEditionHint: string;
  createDraft: string;
  versions: string;
  versionsNone: string;
  thisArticle: string;
  source: string;
  sourceText: string;
  translate: string;
  translateInto: string;
  translateHint: string;
  translateAllDone: string;
  translated: string;
  unlink: string;
  unlinkHint: string;
  unlinked: string;
  errors: Record<TranslateError, string>;
};

const en: Strings = {
  edition: "Edition",
  filterByEdition: "Filter by edition",
  editionAll: "All editions",
  writeFor: "Write for the edition",
  newInEdition: "New article in {edition}",
  newInEditionHint: "Give it a headline to start the draft; the editor opens next, in the edition's language.",
  createDraft: "Create the draft",
  versions: "Versions in other editions",
  versionsNone: "This story has no versions in other editions yet.",
  thisArticle: "this article",
  source: "source",
  sourceText: "Source text",
  translate: "Translate",
  translateInto: "Translate into",
  translateHint: "Creates a draft in that edition, linked to this story. It starts as a copy of the headline, summary, body, hero image and byline, for you to write over. Readers see it only once it is published.",
  translateAllDone: "Every edition has a version of this story.",
  translated: "Translation draft created and linked to its source. Write over the copied text, then publish it.",
  unlink: "Unlink from this story",
  unlinkHint: "The article stays as it is; it is no longer listed as a version of the others, nor they of it.",
  unlinked: "Unlinked: this article is no longer a version of the story.",
  errors: {
    forbidden: "Your role cannot do this: ask an editor.",
    edition: "Choose one of the editions in the list.",
    taken: "That edition already has a version of this story: open it from the list of versions.",
    sameEdition: "A translation must be in another edition than its source.",
    missing: "The source article no longer exists: check the newsroom's list.",
    title: "Write a headline of 1 to 300 characters.",
    invalid: "Nothing was changed: check the form and try again.",
  },
};

const ru: Strings = {
  edition: "Издание",
  filterByEdition: "Фильтр по изданию",
  editionAll: "Все издания",
  writeFor: "Писать для издания",
  newInEdition: "Новый материал: {edition}",
  newInEditionHint: "Дайте заголовок, чтобы создать черновик; затем откроется редактор на языке издания.",
  createDraft: "Создать черновик",
  versions: "Версии в других изданиях",
  versionsNone: "У этого материала пока нет версий в других изданиях.",
  thisArticle: "этот материал",
  source: "источник",
  sourceText: "Текст источника",
  translate: "Перевести",
  translateInto: "Перевести на",
  translateHint: "Создаёт черновик в выбранном издании, связанный с этим материалом. Сначала это копия заголовка, анонса, текста, главного изображения и авторов — пишите поверх. Читатели увидят его только после публикации.",
  translateAllDone: "Во всех изданиях уже есть версия этого материала.",
  translated: "Черновик перевода создан и связан с источником. Замените скопированный текст и опубликуйте.",
  unlink: "Отвязать от материала",
  unlinkHint: "Материал не изменится, но больше не будет числиться версией остальных, а они — его.",
  unlinked: "Отвязано: этот материал больше не версия истории.",
  errors: {
    forbidden: "Ваша роль этого не позволяет: обратитесь к редактору.",
    edition: "Выберите одно из изданий в списке.",
    taken: "В этом издании уже есть версия материала: откройте её из списка версий.",
    sameEdition: "Перевод должен быть в другом издании, чем источник.",
    missing: "Исходного материала больше нет: проверьте список редакции.",
    title: "Напишите заголовок длиной от 1 до 300 знаков.",
    invalid: "Ничего не изменено: проверьте форму и попробуйте ещё раз.",
  },
};

const fa: Strings = {
  edition: "نسخه",
  filterByEdition: "صافی بر اساس نسخه",
  editionAll: "همه نسخه‌ها",
  writeFor: "نوشتن برای نسخه",
  newInEdition: "مطلب تازه در {edition}",
  newInEditionHint: "برای ساختن پیش‌نویس عنوانی بنویسید؛ سپس ویرایشگر به زبان این نسخه باز می‌شود.",
  createDraft: "ساختن پیش‌نویس",
  versions: "نسخه‌های دیگر این مطلب",
  versionsNone: "این مطلب هنوز در نسخه‌های دیگر منتشر نشده است.",
  thisArticle: "همین مطلب",
  source: "منبع",
  sourceText: "متن منبع",
  translate: "ترجمه",
  translateInto: "ترجمه به",
  translateHint: "پیش‌نویسی در آن نسخه می‌سازد که به این مطلب پیوند دارد. در آغاز رونوشتی از عنوان، خلاصه، متن، تصویر اصلی و نویسندگان است تا روی آن بنویسید. خوانندگان آن را تنها پس از انتشار می‌بینند.",
  translateAllDone: "همه نسخه‌ها روایتی از این مطلب دارند.",
  translated: "پیش‌نویس ترجمه ساخته شد و به منبع پیوند خورد. متن رونوشت را بازنویسی و سپس منتشر کنید.",
  unlink: "جدا کردن از این مطلب",
  unlinkHint: "خود مطلب تغییری نمی‌کند، اما دیگر نسخه‌ای از مطلب‌های دیگر شمرده نمی‌شود و آن‌ها هم نسخه‌ای از آن نیستند.",
  unlinked: "جدا شد: این مطلب دیگر نسخه‌ای از آن روایت نیست.",
  errors: {
    forbidden: "نقش شما اجازه این کار را نمی‌دهد: از یک ویراستار بخواهید.",
    edition: "یکی از نسخه‌های فهرست را برگزینید.",
    taken: "آن نسخه از پیش روایتی از این مطلب دارد: آن را از فهرست نسخه‌ها باز کنید.",
    sameEdition: "ترجمه باید در نسخه‌ای جز نسخه منبع باشد.",
    missing: "مطلب منبع دیگر وجود ندارد: فهرست اتاق خبر را بررسی کنید.",
    title: "عنوانی بین ۱ تا ۳۰۰ نویسه بنویسید.",
    invalid: "چیزی تغییر نکرد: فرم را بررسی کنید و دوباره تلاش کنید.",
  },
};

const byLanguage: Record<string, Strings> = { en, ru, fa };

/** The words in `lang`, or the default edition's (the console's own language) for one without them. */
export function editionConsoleStrings(lang: string): Strings {
  return byLanguage[lang] ?? en;
}

export type EditionConsoleStrings = Strings;

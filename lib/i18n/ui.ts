/**
 * Interface strings per language. Components take their words from here, so an edition in another language
 * (or an article in one) gets its own labels. Missing keys fall back to English.
 */
const en = {
  accessibilityLinks: "Accessibility links",
  skipToMain: "Skip to main content",
  skipToNav: "Skip to main navigation",
  skipToSearch: "Skip to search",
  mainNav: "Main navigation",
  search: "Search",
  searchLabel: "Search the site",
  searchPlaceholder: "Search articles",
  home: "Home",
  news: "News",
  blogs: "Blogs",
  by: "By",
  and: "and",
  published: "Published",
  updated: "Updated",
  tags: "Topics",
  textSize: "Text size",
  textSizeNames: { xs: "Extra small text", sm: "Small text", md: "Medium text", lg: "Large text" },
  aboutThisBlog: "About This Blog",
  subscribe: "Subscribe",
  rss: "RSS feed",
  atom: "Atom feed",
  latestPosts: "Latest Posts",
  latestNews: "Latest News",
  topStories: "Top Stories",
  moreFrom: "More from",
  allPosts: "All posts",
  page: "Page",
  pagination: "Pagination",
  previous: "Previous",
  next: "Next",
  articlesBy: "Articles by",
  breadcrumb: "Breadcrumb",
  notFoundTitle: "Page not found",
  notFoundText: "We could not find that page. It may have moved, or the address may be mistyped.",
  errorTitle: "Something went wrong",
  errorText: "This page could not be shown just now. Please try again in a moment.",
  tryAgain: "Try again",
  backHome: "Go to the home page",
  footerFeeds: "Feeds",
  footerAbout: "About",
  noPosts: "No posts yet.",
  breakingNews: "Breaking News",
  developing: "Developing",
  breakingUpdates: "Breaking news updates",
  dismiss: "Dismiss",
  preview: "Preview",
  previewNotPublic: "Preview — {status}, not public",
  previewLive: "Preview — published, as readers see it",
  previewStatusNames: { draft: "draft", scheduled: "scheduled", published: "published", unpublished: "unpublished" },
  previewExit: "Exit preview",
  previewRefusedTitle: "Preview not available",
  previewLinkInvalid: "This preview link has expired or was revoked: ask for a new one",
  previewSignIn: "Sign in to the newsroom to preview articles, or ask for a preview link",
  previewNoArticle: "There is no such article: it may have been deleted. Check the newsroom's list",
};

export type UiStrings = typeof en;

const ru: Partial<UiStrings> = {
  by: "Автор:",
  and: "и",
  published: "Опубликовано",
  updated: "Обновлено",
  tags: "Темы",
  textSize: "Размер текста",
  textSizeNames: { xs: "Очень мелкий текст", sm: "Мелкий текст", md: "Средний текст", lg: "Крупный текст" },
};

const uk: Partial<UiStrings> = {
  by: "Автор:",
  and: "і",
  published: "Опубліковано",
  updated: "Оновлено",
  tags: "Теми",
  textSize: "Розмір тексту",
  textSizeNames: { xs: "Дуже дрібний текст", sm: "Дрібний текст", md: "Середній текст", lg: "Великий текст" },
};

const fa: Partial<UiStrings> = {
  by: "نویسنده:",
  and: "و",
  published: "منتشر شده",
  updated: "به‌روزرسانی",
  tags: "موضوع‌ها",
  textSize: "اندازه متن",
  textSizeNames: { xs: "متن خیلی کوچک", sm: "متن کوچک", md: "متن متوسط", lg: "متن بزرگ" },
};

const ar: Partial<UiStrings> = {
  by: "بقلم",
  and: "و",
  published: "نُشر",
  updated: "حُدّث",
  tags: "مواضيع",
  textSize: "حجم النص",
  textSizeNames: { xs: "نص صغير جدًا", sm: "نص صغير", md: "نص متوسط", lg: "نص كبير" },
};

const byLang: Record<string, Partial<UiStrings>> = { en, ru, uk, fa, ar };

export function ui(lang = "en"): UiStrings {
  return { ...en, ...(byLang[lang] ?? {}) };
}

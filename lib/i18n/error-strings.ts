/**
 * The reader error page's words (app/(site)/error.tsx), apart from the other interface strings: that page is a
 * client component in every reader page's JavaScript, and importing ui.ts there shipped every string of every
 * language to every reader. ui.ts includes these, so server components read them from ui(lang) as before.
 */
export const errorStrings = {
  errorTitle: "Something went wrong",
  errorText: "This page could not be shown just now. Please try again in a moment.",
  tryAgain: "Try again",
  backHome: "Go to the home page",
};

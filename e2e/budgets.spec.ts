import { test, expect } from "./support/fixtures";
import { HTML_BUDGET, JS_GZIP_BUDGET, weighLongestArticle } from "./support/weight";

/** The budgets on a quiet day, no breaking news live; e2e/breaking-budgets.spec.ts weighs a busy one. */
test("the longest article's first-load JavaScript stays within 150 KB gzipped", async ({ request }) => {
  const w = await weighLongestArticle(request, "no breaking news");
  expect(w.files, "the article names its scripts").toBeGreaterThan(0);
  expect(w.js, `first-load JS: ${w.figures}`).toBeLessThanOrEqual(JS_GZIP_BUDGET);
});

test("the longest article's HTML stays within 50 KB", async ({ request }) => {
  const w = await weighLongestArticle(request, "no breaking news");
  expect(w.html, `article HTML: ${w.figures}`).toBeLessThanOrEqual(HTML_BUDGET);
});

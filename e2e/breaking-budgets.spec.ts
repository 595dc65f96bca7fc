import { test, expect } from "./support/fixtures";
import { auth, createApiKey } from "./support/api";
import { uniqueHeadline } from "./support/newsroom";
import { longestArticle } from "./support/content";
import { HTML_BUDGET, JS_GZIP_BUDGET, weighLongestArticle } from "./support/weight";

/**
 * The budgets on the day they matter: news is breaking, three items are live, and every page carries them in its
 * strip (in the HTML and in the island's props). Headlines of a realistic length, each linking to a story.
 */
const V1 = "/api/admin/v1/breaking";

test("with three breaking items live, the longest article stays within its HTML and JavaScript budgets", async ({ request, page }) => {
  const key = createApiKey(`e2e breaking budgets ${Date.now()}`);
  const headlines = [
    uniqueHeadline("Storm warning upgraded for the whole coast as rivers rise overnight"),
    uniqueHeadline("Polls close at 8pm; counting begins in all districts"),
    uniqueHeadline("Bridge reopens to traffic after the flood barrier holds"),
  ];
  const ids: number[] = [];
  try {
    for (const headline of headlines) {
      const res = await request.post(V1, { headers: auth(key), data: { headline, link: "/news" } });
      expect(res.status()).toBe(201);
      ids.push((await res.json()).id);
    }
    const w = await weighLongestArticle(request, "three breaking items live");
    for (const h of headlines) expect(w.text, "the page carries every live item").toContain(h);
    expect(w.html, `article HTML: ${w.figures}`).toBeLessThanOrEqual(HTML_BUDGET);
    expect(w.js, `first-load JS: ${w.figures}`).toBeLessThanOrEqual(JS_GZIP_BUDGET);

    // The strip's styles come from one stylesheet class per part (app/globals.css): the headline reads at the
    // page's text size, not an article headline's, and only the newest item is in view.
    await page.goto(`/a/${longestArticle().slug}`);
    const strip = page.getByRole("region", { name: "Breaking News", exact: true });
    const link = strip.getByRole("link", { name: headlines[2] });
    await expect(link).toBeVisible();
    const sizes = await link.evaluate((a) => [getComputedStyle(a).fontSize, getComputedStyle(document.body).fontSize]);
    expect(sizes[0], "headline font size vs body").toBe(sizes[1]);
  } finally {
    for (const id of ids) expect((await request.delete(`${V1}/${id}`, { headers: auth(key) })).status()).toBe(200);
  }
});

import { test, expect } from "./support/fixtures";
import { blogArticle } from "./support/content";

const targets = [
  { name: "Skip to main content", focused: "main#main" },
  { name: "Skip to main navigation", focused: "nav#main-nav" },
  { name: "Skip to search", focused: "input#search" },
];

for (const [i, { name, focused }] of targets.entries()) {
  test(`"${name}" is the ${i + 1}. stop from the keyboard, shows on focus and moves focus to its target`, async ({ page }) => {
    await page.goto(`/a/${blogArticle().slug}`);
    for (let n = 0; n <= i; n++) await page.keyboard.press("Tab");
    const link = page.getByRole("link", { name });
    await expect(link).toBeFocused();
    // Visible on focus: a real box on screen, not the 1px clip of .sr-only.
    const box = await link.boundingBox();
    expect(box!.width).toBeGreaterThan(40);
    expect(box!.height).toBeGreaterThan(20);
    await page.keyboard.press("Enter");
    await expect(page.locator(focused)).toBeFocused();
  });
}

test("the skip links are the first thing in the page and hidden until focused", async ({ page }) => {
  await page.goto("/");
  const first = page.locator("body a").first();
  await expect(first).toHaveText("Skip to main content");
  const box = await first.boundingBox();
  expect(box === null || box.width <= 1).toBe(true);
});

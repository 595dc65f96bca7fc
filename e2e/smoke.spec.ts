import { test, expect } from "./support/fixtures";

test("home page answers 200 with one h1 and a main landmark", async ({ page }) => {
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page.locator("h1")).toHaveCount(1);
  await expect(page.getByRole("main")).toHaveCount(1);
});

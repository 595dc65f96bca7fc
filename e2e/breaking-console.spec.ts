import { test, expect } from "./support/fixtures";
import { expectNoAxeViolations } from "./support/axe";
import { newsroom, uniqueHeadline } from "./support/newsroom";

/** The breaking-news desk in the console: post and withdraw with plain forms, seen by readers at once. */
const PASSWORD = "password-long-enough";

test("an editor posts an item from the console, readers see it, and withdrawing takes it off", async ({ page, request }, testInfo) => {
  const email = `desk-${testInfo.project.name}-${Date.now().toString(36)}@example.org`;
  newsroom("user", "add", "--email", email, "--name", "Desk Editor", "--role", "editor", { input: `${PASSWORD}\n` });
  await page.goto("/newsroom/login?next=%2Fnewsroom%2Fbreaking");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/newsroom\/breaking$/);

  // Left empty, the expiry is the default lifetime, and the form says so; "No expiry" is an explicit choice.
  await expect(page.getByText("Leave empty and it expires after 6 hours.", { exact: false })).toBeVisible();
  await expect(page.getByLabel(/No expiry/)).not.toBeChecked();
  const headline = uniqueHeadline("Console alert: tunnel closed");
  await page.getByLabel("Headline").fill(headline);
  await page.getByRole("button", { name: "Post now" }).click();
  const row = page.getByRole("row").filter({ hasText: headline });
  await expect(row).toContainText("Live");
  await expectNoAxeViolations(page);
  // Written inside the server: the public API has it at once, reader pages within seconds (their cache tag expires).
  expect(await (await request.get("/api/breaking")).text()).toContain(headline);
  await expect.poll(async () => (await request.get("/news")).text(), { timeout: 5_000 }).toContain(headline);

  await row.getByRole("button", { name: /Withdraw/ }).click();
  await expect(page.getByRole("row").filter({ hasText: headline })).toContainText("Withdrawn");
  expect(await (await request.get("/api/breaking")).text()).not.toContain(headline);
});

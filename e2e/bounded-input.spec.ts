import Database from "better-sqlite3";
import type { Page } from "@playwright/test";
import { test, expect } from "./support/fixtures";
import { E2E_DB_PATH } from "./support/env";
import { newsroom } from "./support/newsroom";

/**
 * Issue 11 (findings 6, 10 and part of 11) as an attacker probed it: bodies over a route's limit are 413 before
 * anything parses them, the breaking desk shows no text a link carries, and malformed URLs are the site's 404.
 */
const PASSWORD = "password-long-enough";
let email: string;

test.beforeAll(({}, testInfo) => {
  email = `bounded-${testInfo.project.name}-${Date.now().toString(36)}@example.org`;
  newsroom("user", "add", "--email", email, "--name", "Bounded Editor", "--role", "editor", { input: `${PASSWORD}\n` });
});

async function signIn(page: Page) {
  await page.goto("/newsroom/login?next=%2Fnewsroom%2Fbreaking");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/newsroom\/breaking$/);
}

test("a 1 MB sign-in body is refused with 413 and a message, before it is parsed", async ({ request, baseURL }) => {
  const big = "x".repeat(1_000_000);
  const json = await request.post("/api/newsroom/session", { headers: { origin: baseURL!, "content-type": "application/json" }, data: JSON.stringify({ email: "a@example.org", password: big }) });
  expect(json.status()).toBe(413);
  expect((await json.json()).error.message).toMatch(/too large.*16 kB/);
  const form = await request.post("/api/newsroom/session", { headers: { origin: baseURL! }, form: { email: "a@example.org", password: big }, maxRedirects: 0 });
  expect(form.status()).toBe(413);
});

test("a console form over its limit is 413; an over-long headline is refused in the desk's words, not a 500", async ({ page, baseURL }) => {
  await signIn(page);
  const huge = await page.request.post("/api/newsroom/breaking", { headers: { origin: baseURL! }, form: { headline: "x".repeat(1_000_000) }, maxRedirects: 0 });
  expect(huge.status()).toBe(413);
  const long = await page.request.post("/api/newsroom/breaking", { headers: { origin: baseURL! }, form: { headline: "Minister ".repeat(300) }, maxRedirects: 0 });
  expect(long.status()).toBe(303);
  expect(long.headers()["location"]).toBe("/newsroom/breaking?error=headlineTooLong");
  await page.goto("/newsroom/breaking?error=headlineTooLong");
  await expect(page.locator("#breaking-error")).toHaveText("Keep the headline to 200 characters: shorten it and post again.");
});

test("a crafted desk URL shows no foreign text and fills in nothing", async ({ page }) => {
  await signIn(page);
  const foreign = "Your account is locked: call +1 555 0100";
  await page.goto(`/newsroom/breaking?${new URLSearchParams({ error: foreign, field: "headline", headline: "Queen dies", link: "https://evil.example/", expiresInMinutes: "5" })}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Breaking news");
  await expect(page.locator("body")).not.toContainText(foreign);
  await expect(page.locator("#breaking-error")).toHaveCount(0);
  await expect(page.getByLabel("Headline")).toHaveValue("");
  await expect(page.getByLabel("Link (optional)")).toHaveValue("");
  await expect(page.getByLabel("Headline")).not.toHaveAttribute("aria-invalid", "true");
  // A known code shows our words, and still no text from the link.
  await page.goto(`/newsroom/breaking?${new URLSearchParams({ error: "link", headline: "Queen dies", link: "https://evil.example/" })}`);
  await expect(page.locator("#breaking-error")).toContainText("https://");
  await expect(page.getByLabel("Headline")).toHaveValue("");
  await expect(page.getByLabel("Link (optional)")).toHaveValue("");
});

test("after a refused post the URL carries only the code; what was typed comes back from the editor's own post", async ({ page }) => {
  await signIn(page);
  await page.getByLabel("Headline").fill("Typed before the refusal");
  await page.getByLabel("Link (optional)").fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Post now" }).click();
  await expect(page).toHaveURL(/\/newsroom\/breaking\?error=link$/);
  await expect(page.getByLabel("Headline")).toHaveValue("Typed before the refusal");
  await expect(page.getByLabel("Link (optional)")).toHaveValue("javascript:alert(1)");
  await expect(page.getByLabel("Link (optional)")).toHaveAttribute("aria-invalid", "true");
});

test("malformed percent-encoding is the site's 404, not a bare 500", async ({ request }) => {
  for (const path of ["/a/%E0%A4%A", "/og/a/%E0%A4%A.png", "/feeds/tags/%E0%A4%A/rss.xml", "/blogs/%E0%A4%A/page/1", "/tags/%E0%A4%A"]) {
    const res = await request.get(path, { maxRedirects: 0, headers: { accept: "text/html" } });
    expect(res.status(), path).toBe(404);
    expect(await res.text(), path).toContain("Page not found");
  }
});

test("page 1 of a topic with a non-ASCII slug redirects with the slug percent-encoded", async ({ request }) => {
  const db = new Database(E2E_DB_PATH, { readonly: true, fileMustExist: true });
  const row = db
    .prepare(
      `select t.slug from tags t join article_tags at on at.tag_id = t.id join articles a on a.id = at.article_id
       where a.status = 'published' and t.slug glob '*[^ -~]*' limit 1`,
    )
    .get() as { slug: string } | undefined;
  db.close();
  test.skip(!row, "the demo content has no published topic with a non-ASCII slug");
  const encoded = encodeURIComponent(row!.slug);
  const res = await request.get(`/tags/${encoded}/page/1`, { maxRedirects: 0 });
  expect(res.status()).toBe(308);
  expect(res.headers()["location"]).toBe(`/tags/${encoded}`);
});

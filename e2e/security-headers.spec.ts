import type { APIResponse, Page } from "@playwright/test";
import { test, expect } from "./support/fixtures";
import { authorWithArticles, biggestBlog, blogArticle, usedTag } from "./support/content";
import { BASE_URL } from "./support/env";
import { newsroom } from "./support/newsroom";
import { DISMISSED_STORAGE_KEY } from "../lib/reader/breaking-dismissals";
import { SEARCH_CACHE_CONTROL } from "../lib/search/http";

/**
 * Security headers (decision record 025): a Content-Security-Policy that lets no page load anything from another
 * origin, the newsroom never framed, nosniff and a referrer policy on every response, and no page made dynamic by
 * them. Then Chromium opens every kind of page, islands at work, and must report no violation of the policy.
 */

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "headers and the policy do not depend on the width: one run is enough");
});

/** The policy every response carries; only frame-ancestors differs between the newsroom and everything else. */
const policy = {
  "default-src": ["'self'"],
  "script-src": ["'self'", "'unsafe-inline'"],
  "style-src": ["'self'", "'unsafe-inline'"],
  "img-src": ["'self'", "data:"],
  "font-src": ["'self'"],
  "connect-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'none'"],
  "form-action": ["'self'"],
};

function directives(csp: string): Record<string, string[]> {
  return Object.fromEntries(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name.toLowerCase(), sources]),
  );
}

const values = (res: APIResponse, name: string) => res.headersArray().filter((h) => h.name.toLowerCase() === name).map((h) => h.value);

function expectSecurityHeaders(res: APIResponse, what: string, { framed }: { framed: boolean }) {
  const csp = values(res, "content-security-policy");
  expect(csp, `${what}: one Content-Security-Policy`).toHaveLength(1);
  expect(directives(csp[0]), `${what}: the policy`).toEqual({ ...policy, "frame-ancestors": [framed ? "'self'" : "'none'"] });
  expect(values(res, "x-frame-options"), what).toEqual([framed ? "SAMEORIGIN" : "DENY"]);
  expect(values(res, "x-content-type-options"), what).toEqual(["nosniff"]);
  // (The preview route's own no-referrer, stricter, may follow ours: the browser takes the last one.)
  expect(values(res, "referrer-policy")[0]?.split(/\s*,\s*/)[0], what).toBe("strict-origin-when-cross-origin");
  // HSTS only when the build's SITE_URL is https; the e2e server's is http.
  expect(new URL(BASE_URL).protocol).toBe("http:");
  expect(values(res, "strict-transport-security"), what).toEqual([]);
}

const readerPages = () => ({
  home: "/",
  article: `/a/${blogArticle().slug}`,
  blog: `/blogs/${biggestBlog().slug}`,
  author: `/authors/${authorWithArticles().slug}`,
  topic: `/tags/${encodeURIComponent(usedTag().slug)}`,
});

test("every kind of response carries the security headers, and the newsroom is never framed", async ({ request }) => {
  const framed: [string, string, number][] = [
    ...Object.entries(readerPages()).map(([what, path]) => [what, path, 200] as [string, string, number]),
    ["search", "/search?q=council", 200],
    ["site feed", "/feeds/rss.xml", 200],
    ["topic feed", `/feeds/tags/${encodeURIComponent(usedTag().slug)}/atom.xml`, 200],
    ["sitemap", "/sitemap.xml", 200],
    ["a 404", "/a/no-such-article-anywhere", 404],
    ["a refused preview link", "/api/preview?token=not-a-token", 401],
    ["the breaking feed", "/api/breaking", 200],
  ];
  for (const [what, path, status] of framed) {
    const res = await request.get(path, { headers: { Accept: "text/html" }, maxRedirects: 0 });
    expect(res.status(), `${what}: ${path}`).toBe(status);
    expectSecurityHeaders(res, `${what} (${path})`, { framed: true });
  }

  // The scripts every page loads carry them too (nosniff matters most there).
  const home = await (await request.get("/")).text();
  const script = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(home)?.[1];
  expect(script, "a script on the home page").toBeTruthy();
  const asset = await request.get(script!);
  expect(asset.status()).toBe(200);
  expectSecurityHeaders(asset, script!, { framed: true });

  const unframed: [string, () => Promise<APIResponse>, RegExp][] = [
    ["sign-in page", () => request.get("/newsroom/login"), /^200$/],
    ["console without a session (sent to sign in)", () => request.get("/newsroom", { maxRedirects: 0 }), /^30[37]$/],
    ["admin API without a key", () => request.get("/api/admin/v1/articles"), /^401$/],
    [
      "sign-in posted from another site (refused)",
      () => request.post("/api/newsroom/session", { headers: { Origin: "https://elsewhere.example" }, form: { email: "a@b.c", password: "x" }, maxRedirects: 0 }),
      /^(303|403)$/,
    ],
  ];
  for (const [what, send, status] of unframed) {
    const res = await send();
    expect(String(res.status()), what).toMatch(status);
    expectSecurityHeaders(res, what, { framed: false });
  }
});

test("the headers make no page dynamic: reader pages still come from the page cache", async ({ request }) => {
  for (const [what, path] of Object.entries(readerPages())) {
    await request.get(path);
    const again = await request.get(path);
    expect(again.headers()["x-nextjs-cache"], `${what}: ${path}`).toMatch(/HIT|STALE/);
    expect(again.headers()["cache-control"], `${what}: ${path}`).toMatch(/s-maxage=\d+/);
    expect(again.headers()["cache-control"], `${what}: ${path}`).not.toMatch(/private|no-store/);
    expectSecurityHeaders(again, what, { framed: true });
  }
  expect((await request.get("/search?q=council")).headers()["cache-control"]).toBe(SEARCH_CACHE_CONTROL);
});

/**
 * Chromium reports what the policy blocks as `securitypolicyviolation` events (kept on window by an init script,
 * which the policy does not cover) and as console errors; both are collected and must stay empty.
 */
async function watchForViolations(page: Page): Promise<() => Promise<string[]>> {
  const consoleErrors: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error" && /Content Security Policy/i.test(msg.text())) consoleErrors.push(`${page.url()}: ${msg.text()}`);
  });
  await page.addInitScript((key) => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      w.cspViolations.push(`${location.pathname}: ${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`);
    });
    // A dismissed breaking item: the head script then hides it with a <style> element of its own making.
    if (!localStorage.getItem(key)) localStorage.setItem(key, "[987654321]");
  }, DISMISSED_STORAGE_KEY);
  return async () => {
    const onPage = await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
    return [...onPage, ...consoleErrors];
  };
}

/** Opens a page and waits until its scripts have run and its requests have settled. */
async function open(page: Page, path: string, status = 200) {
  const res = await page.goto(path);
  expect(res?.status(), path).toBe(status);
  await page.waitForLoadState("networkidle");
}

test("no page type reports a policy violation in Chromium, islands and client navigation included", async ({ page, context }) => {
  test.setTimeout(90_000);
  const violations = await watchForViolations(page);
  const pages = readerPages();

  await test.step("home, and a client-side navigation from it (RSC fetches under connect-src)", async () => {
    await open(page, pages.home);
    await expect(page.locator("html")).toHaveClass(/js/);
    // The head script ran and made its <style> element: inline script and inline style both allowed.
    expect(await page.evaluate(() => [...document.querySelectorAll("style")].some((s) => s.textContent?.includes("987654321")))).toBe(true);
    expect(await violations()).toEqual([]);
    const link = page.locator('main a[href^="/a/"]').first();
    const href = await link.getAttribute("href");
    await link.click();
    await expect(page).toHaveURL(`${BASE_URL}${href}`);
    await page.waitForLoadState("networkidle");
    expect(await violations()).toEqual([]);
  });

  await test.step("an article: hero image, text size buttons, copy link", async () => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: BASE_URL });
    await open(page, pages.article);
    expect(await page.locator("main img").count(), "images on the article page").toBeGreaterThan(0);
    const large = page.getByRole("button", { name: "LG Large text", exact: true });
    await expect(async () => {
      await large.click();
      await expect(large).toHaveAttribute("aria-pressed", "true", { timeout: 1_000 });
    }).toPass({ timeout: 10_000 });
    await page.getByRole("button", { name: "MD Medium text", exact: true }).click();
    const status = page.getByRole("region", { name: "Share this article" }).getByRole("status");
    await expect(async () => {
      await page.getByRole("button", { name: "Copy link" }).click();
      await expect(status).toHaveText("Link copied", { timeout: 1_000 });
    }).toPass({ timeout: 10_000 });
    expect(await violations()).toEqual([]);
  });

  for (const what of ["blog", "author", "topic"] as const) {
    await test.step(what, async () => {
      await open(page, pages[what]);
      expect(await violations()).toEqual([]);
    });
  }

  await test.step("search, submitted through its form (form-action)", async () => {
    await open(page, "/search");
    const form = page.getByRole("main").getByRole("search");
    await form.getByRole("searchbox").first().fill("council");
    await form.getByRole("searchbox").first().press("Enter");
    await expect(page).toHaveURL(/\/search\?q=council/);
    await page.waitForLoadState("networkidle");
    expect(await violations()).toEqual([]);
  });

  await test.step("a 404, a refused preview link, the newsroom's sign-in page", async () => {
    await open(page, "/a/no-such-article-anywhere", 404);
    expect(await violations()).toEqual([]);
    await open(page, "/api/preview?token=not-a-token", 401);
    expect(await violations()).toEqual([]);
    await open(page, "/newsroom/login");
    expect(await violations()).toEqual([]);
  });

  await test.step("and the policy does block: an image from another origin is refused, and reported", async () => {
    await open(page, pages.home);
    await page.evaluate(() => {
      const img = document.createElement("img");
      img.src = "https://third-party.example/pixel.gif";
      document.body.append(img);
    });
    // Reported as an event, and logged to the console by Chromium.
    await expect
      .poll(violations)
      .toEqual(
        expect.arrayContaining([
          expect.stringContaining("img-src blocked https://third-party.example/pixel.gif"),
          expect.stringMatching(/third-party\.example.*Content Security Policy/),
        ]),
      );
  });
});

test("the newsroom editor, after signing in, reports no policy violation", async ({ page }) => {
  test.setTimeout(90_000);
  const email = `csp-${test.info().project.name}-${Date.now().toString(36)}@example.org`;
  const password = "password-long-enough";
  newsroom("user", "add", "--email", email, "--name", "Cecil Policy", "--role", "editor", { input: `${password}\n` });
  const violations = await watchForViolations(page);

  // The sign-in form posts to /api/newsroom/session and is sent on to the console: form-action 'self'.
  await open(page, "/newsroom/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/newsroom$/);
  await page.waitForLoadState("networkidle");
  expect(await violations()).toEqual([]);

  await page.getByRole("link", { name: "New article" }).click();
  await expect(page).toHaveURL(/\/newsroom\/articles\/new$/);
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Title").fill(`Policy check ${Date.now().toString(36)}`);
  await page.getByLabel("Summary").fill("A draft the security-headers spec saves.");
  // The preview renders on the server as the editor types (a same-origin request).
  await page.getByLabel("Body (Markdown)").fill("A paragraph with **bold** words.");
  await expect(page.getByRole("region", { name: "Preview" }).locator("strong")).toHaveText("bold");
  await page.keyboard.press("Control+s");
  await expect(page.locator("#save-state")).toHaveText(/^Saved at \d/);
  await expect(page).toHaveURL(/\/newsroom\/articles\/\d+$/);
  await page.waitForLoadState("networkidle");
  expect(await violations()).toEqual([]);

  await open(page, "/newsroom/breaking");
  expect(await violations()).toEqual([]);
});

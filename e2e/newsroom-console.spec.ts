import type { Page } from "@playwright/test";
import sharp from "sharp";
import { expectNoAxeViolations } from "./support/axe";
import { test, expect } from "./support/fixtures";
import { newsroom } from "./support/newsroom";

/**
 * The newsroom console as an editor uses it: sign-in, the article list, the editor (save, failed saves that keep
 * the text, the browser's unsaved copy, revisions), publishing as readers see it, and sign-out.
 */

const PASSWORD = "password-long-enough";
let email: string;

test.beforeAll(({}, testInfo) => {
  email = `console-${testInfo.project.name}-${Date.now().toString(36)}@example.org`;
  newsroom("user", "add", "--email", email, "--name", "Edie Tor", "--role", "editor", { input: `${PASSWORD}\n` });
});

async function signIn(page: Page, password = PASSWORD) {
  await page.goto("/newsroom/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

const saveState = (page: Page) => page.locator("#save-state");

test("without a session every console page sends you to sign in, and comes back after", async ({ page }) => {
  const res = await page.goto("/newsroom/breaking");
  expect(res?.status()).toBe(200);
  await expect(page).toHaveURL(/\/newsroom\/login\?next=%2Fnewsroom%2Fbreaking$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to the newsroom");
  const robots = await page.locator('meta[name="robots"]').getAttribute("content");
  expect(robots).toMatch(/noindex/);
  await expectNoAxeViolations(page);

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/newsroom\/breaking$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Breaking news");
});

test("a wrong password is refused with a message, and sets no cookie", async ({ page }) => {
  await signIn(page, "not-the-password");
  await expect(page).toHaveURL(/\/newsroom\/login\?error=invalid/);
  // (Next's route announcer is an alert too, so find ours by id.)
  await expect(page.locator("#login-error")).toContainText("The email or password is not right");
  expect((await page.context().cookies()).some((c) => c.name === "dispatch_session")).toBe(false);
  await expectNoAxeViolations(page);
});

test("sign-in sets an httpOnly, SameSite=Lax cookie; sign-out ends the session on the server", async ({ page, request }) => {
  await signIn(page);
  await expect(page).toHaveURL(/\/newsroom$/);
  await expect(page.getByRole("banner")).toContainText("Edie Tor");
  const cookie = (await page.context().cookies()).find((c) => c.name === "dispatch_session");
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false, path: "/" });

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/newsroom\/login/);
  await expect(page.getByRole("status")).toHaveText("You are signed out.");
  // The old token no longer opens the console, even sent by hand.
  const again = await request.get("/newsroom", { headers: { cookie: `dispatch_session=${cookie!.value}` }, maxRedirects: 0 });
  expect(again.status()).toBeGreaterThanOrEqual(300);
  expect(again.status()).toBeLessThan(400);
  expect(again.headers()["location"]).toMatch(/\/newsroom\/login/);
});

test("write, save, survive failed saves, restore a revision, publish and unpublish", async ({ page, request }) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36);
  const title = `Console draft ${stamp}`;
  await signIn(page);
  await expectNoAxeViolations(page);

  await test.step("a new draft saved with Ctrl+S", async () => {
    await page.getByRole("link", { name: "New article" }).click();
    await page.getByLabel("Title").fill(title);
    await page.getByLabel("Summary").fill("What the console does.");
    await page.getByLabel("Body (Markdown)").fill("First paragraph with **bold** words.");
    await expect(page.getByRole("region", { name: "Preview" }).locator("strong")).toHaveText("bold");
    await page.getByLabel("Tags").fill("Newsroom, Testing");
    await page.keyboard.press("Control+s");
    await expect(saveState(page)).toHaveText(/^Saved at \d/);
    await expect(page).toHaveURL(/\/newsroom\/articles\/\d+$/);
    await expect(page.getByLabel("Slug")).not.toHaveValue("");
    await expectNoAxeViolations(page);
  });
  const editorUrl = page.url();
  const slug = await page.getByLabel("Slug").inputValue();

  await test.step("the draft is listed under drafts", async () => {
    await page.goto("/newsroom?status=draft");
    await expect(page.getByRole("link", { name: title })).toBeVisible();
    await page.goto(`/newsroom?q=${encodeURIComponent(stamp)}`);
    await expect(page.getByRole("link", { name: title })).toBeVisible();
    await page.getByRole("link", { name: title }).click();
    await expect(page).toHaveURL(editorUrl);
    // The editor is an island: let it hydrate before typing, or a click can land on the server HTML alone.
    await page.waitForLoadState("networkidle");
  });

  await test.step("a refused save names the field and keeps the text", async () => {
    await page.getByLabel("Title").fill("");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(saveState(page)).toContainText("Not saved");
    await expect(page.getByLabel("Title")).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#e-title")).toContainText("title");
    await expect(page.getByLabel("Body (Markdown)")).toHaveValue("First paragraph with **bold** words.");
    await page.getByLabel("Title").fill(title);
  });

  await test.step("offline: not saved, text kept, and offered back after a reload", async () => {
    await page.context().setOffline(true);
    await page.getByLabel("Body (Markdown)").fill("Written while offline.");
    await page.keyboard.press("Control+s");
    await expect(saveState(page)).toContainText("Not saved: the network is unreachable");
    await expect(page.getByLabel("Body (Markdown)")).toHaveValue("Written while offline.");
    await page.context().setOffline(false);
    await page.reload();
    await expect(page.getByLabel("Body (Markdown)")).toHaveValue("First paragraph with **bold** words.");
    await page.getByRole("button", { name: "Restore unsaved changes" }).click();
    await expect(page.getByLabel("Body (Markdown)")).toHaveValue("Written while offline.");
    await page.keyboard.press("Control+s");
    await expect(saveState(page)).toHaveText(/^Saved at/);
    await page.reload();
    await expect(page.getByRole("button", { name: "Restore unsaved changes" })).toHaveCount(0);
    await expect(page.getByLabel("Body (Markdown)")).toHaveValue("Written while offline.");
  });

  await test.step("revisions are listed and an older one can be restored", async () => {
    await page.getByLabel("Title").fill(`${title} (renamed)`);
    await page.keyboard.press("Control+s");
    await expect(saveState(page)).toHaveText(/^Saved at/);
    const revisions = page.getByRole("region", { name: "Revisions" });
    await expect(revisions.getByRole("listitem")).toHaveCount(3); // one per save, newest first
    await expect(revisions.getByRole("listitem").first()).toContainText("By Edie Tor");
    await revisions.getByRole("button", { name: "Restore Revision 2" }).click();
    await expect(page.getByLabel("Title")).toHaveValue(title);
    await expect(page.getByLabel("Body (Markdown)")).toHaveValue("Written while offline.");
    await expect(revisions.getByRole("listitem")).toHaveCount(4);
  });

  await test.step("publish: readers see it; unpublish: they do not", async () => {
    const publishing = page.getByRole("region", { name: "Publishing" });
    await publishing.getByRole("button", { name: "Publish now" }).click();
    await expect(publishing.getByTestId("article-status")).toHaveText("Published");
    await expect.poll(async () => (await request.get(`/a/${slug}`)).status()).toBe(200);
    expect(await (await request.get(`/a/${slug}`)).text()).toContain(title);

    await publishing.getByRole("button", { name: "Unpublish" }).click();
    await expect(publishing.getByTestId("article-status")).toHaveText("Unpublished");
    await expect.poll(async () => (await request.get(`/a/${slug}`)).status()).toBe(404);
  });
});

test("console pages are private: no-store, noindex", async ({ page }) => {
  await signIn(page);
  const res = await page.goto("/newsroom");
  expect(res?.headers()["cache-control"]).toMatch(/private/);
  expect(res?.headers()["cache-control"]).toMatch(/no-store/);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
});

test("too many wrong passwords: the page says when to try again", async ({ page, request, baseURL }) => {
  // Its own address (first X-Forwarded-For hop) and email, so other specs' sign-ins are not locked out.
  const headers = { origin: baseURL!, "x-forwarded-for": "203.0.113.9" };
  const form = { email: `nobody-${Date.now().toString(36)}@example.org`, password: "wrong-wrong-wrong" };
  let location = "";
  for (let i = 0; i < 6; i++) {
    const res = await request.post("/api/newsroom/session", { form, headers, maxRedirects: 0 });
    expect(res.status()).toBe(303);
    location = res.headers()["location"];
  }
  expect(location).toMatch(/error=rate-limited&retry=\d+/);
  await page.goto(location);
  await expect(page.locator("#login-error")).toContainText(/Too many attempts\. Wait \d+ (minutes|seconds)/);
});

test("a writer sees only their own articles and no publishing controls; the hero image needs alt text", async ({ page }) => {
  const writer = `writer-${test.info().project.name}-${Date.now().toString(36)}@example.org`;
  newsroom("user", "add", "--email", writer, "--name", "Wri Ter", "--role", "writer", { input: `${PASSWORD}\n` });
  await page.goto("/newsroom/login");
  await page.getByLabel("Email").fill(writer);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("table")).toHaveCount(0); // nothing of their own yet

  await page.goto("/newsroom/articles/new");
  await page.getByLabel("Title").fill(`Writer piece ${Date.now().toString(36)}`);
  const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#336699" } }).png().toBuffer();
  await page.getByLabel("Image file").setInputFiles({ name: "hero.png", mimeType: "image/png", buffer: png });
  await page.getByRole("button", { name: "Upload image" }).click();
  await expect(page.getByLabel("Alt text (required)")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#e-heroAlt")).toContainText("Write the alt text");
  await page.getByLabel("Alt text (required)").fill("A blue test card");
  await page.getByRole("button", { name: "Upload image" }).click();
  await expect(page.getByLabel("Image address")).toHaveValue(/^\/media\//);
  await page.keyboard.press("Control+s");
  await expect(saveState(page)).toHaveText(/^Saved at/);
  await expect(page.getByRole("region", { name: "Publishing" })).toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel("Image address")).toHaveValue(/^\/media\//);
  await expect(page.getByLabel("Alt text (required)")).toHaveValue("A blue test card");

  await page.goto("/newsroom");
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(2);
});

test("breaking desk: a refused item keeps what was typed and says why; the page passes axe", async ({ page }) => {
  await signIn(page);
  await page.goto("/newsroom/breaking");
  await expectNoAxeViolations(page);
  // Posting a real item would put it on every page while other specs run, so only the refusal is exercised here.
  await page.getByLabel("Headline").fill("Console check headline");
  await page.getByLabel("Link (optional)").fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Post now" }).click();
  await expect(page.locator("#breaking-error")).toContainText("https://");
  await expect(page.getByLabel("Headline")).toHaveValue("Console check headline");
  await expect(page.getByLabel("Link (optional)")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);
});

test("a save after the session ended keeps the text and says how to recover", async ({ page }) => {
  await signIn(page);
  await page.goto("/newsroom/articles/new");
  await page.getByLabel("Title").fill("Typed before the session ended");
  await page.getByLabel("Body (Markdown)").fill("Nothing here may be lost.");
  await page.context().clearCookies();
  await page.keyboard.press("Control+s");
  await expect(saveState(page)).toContainText("Not saved: Your session ended: sign in in another tab, then save again");
  await expect(page.getByLabel("Body (Markdown)")).toHaveValue("Nothing here may be lost.");
  // The copy kept in the browser is offered once signed in again.
  await signIn(page);
  await page.goto("/newsroom/articles/new");
  await page.getByRole("button", { name: "Restore unsaved changes" }).click();
  await expect(page.getByLabel("Title")).toHaveValue("Typed before the session ended");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(saveState(page)).toHaveText(/^Saved at/);
});

test("schedule for later: status and list say Scheduled; the preview link is signed; revoking gives a new one", async ({ page }) => {
  const title = `Scheduled piece ${Date.now().toString(36)}`;
  await signIn(page);
  await page.goto("/newsroom/articles/new");
  await page.getByLabel("Title").fill(title);
  await page.keyboard.press("Control+s");
  await expect(saveState(page)).toHaveText(/^Saved at/);
  const publishing = page.getByRole("region", { name: "Publishing" });
  const preview = publishing.getByRole("link", { name: /Preview/ });
  const before = await preview.getAttribute("href");
  expect(before).toMatch(/\/api\/preview\?token=/);

  await publishing.getByLabel("Publish at (your local time)").fill("2031-01-02T10:00");
  await publishing.getByRole("button", { name: "Schedule" }).click();
  // An empty body is refused, and the refusal says so where the button is.
  await expect(publishing.getByRole("status")).toHaveText("Write the body before publishing");
  await page.getByLabel("Body (Markdown)").fill("Embargoed until the new year.");
  await page.keyboard.press("Control+s");
  await expect(saveState(page)).toHaveText(/^Saved at/);
  await publishing.getByRole("button", { name: "Schedule" }).click();
  await expect(publishing.getByTestId("article-status")).toHaveText("Scheduled");
  await publishing.getByRole("button", { name: "Revoke share links" }).click();
  await expect(publishing.getByRole("status")).toHaveText("Every earlier share link stopped working.");
  expect(await preview.getAttribute("href")).not.toBe(before);

  await page.goto("/newsroom?status=scheduled");
  await expect(page.getByRole("link", { name: title })).toBeVisible();
});

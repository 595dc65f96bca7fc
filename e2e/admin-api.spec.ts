import sharp from "sharp";
import { test, expect } from "./support/fixtures";
import { auth, createApiKey } from "./support/api";
import { newsroom } from "./support/newsroom";

const v1 = "/api/admin/v1";
let key: string;
test.beforeAll(() => {
  key = createApiKey(`e2e admin ${Date.now()}`);
});

test("every admin route refuses without a valid key, with a JSON error", async ({ request }) => {
  for (const [method, path] of [["post", "/breaking"], ["post", "/blogs"], ["post", "/authors"], ["post", "/media"], ["get", "/breaking"]] as const) {
    const res = await request[method](`${v1}${path}`, { data: {} });
    expect(res.status(), path).toBe(401);
    expect((await res.json()).error.message).toMatch(/Sign in|API key/);
  }
  const wrong = await request.post(`${v1}/blogs`, { headers: auth("dsp_" + "x".repeat(43)), data: { title: "x" } });
  expect(wrong.status()).toBe(401);
});

test("a writer's key cannot do an editor's work (403, saying why)", async ({ request }) => {
  const writer = createApiKey(`e2e writer ${Date.now()}`, "writer");
  const res = await request.post(`${v1}/blogs`, { headers: auth(writer), data: { title: "Not allowed" } });
  expect(res.status()).toBe(403);
  expect((await res.json()).error.message).toMatch(/cannot edit blogs/);
});

test("blogs: create (201), duplicate (409), bad input (400/415/422 with field), update shows on the blog's page", async ({ request, page }) => {
  const slug = `e2e-blog-${Date.now().toString(36)}`;
  const created = await request.post(`${v1}/blogs`, { headers: auth(key), data: { slug, title: "Night Desk", description: "Late news.", about: "What happens after dark." } });
  expect(created.status()).toBe(201);
  expect(await created.json()).toMatchObject({ slug, title: "Night Desk" });
  expect((await request.post(`${v1}/blogs`, { headers: auth(key), data: { slug, title: "Again" } })).status()).toBe(409);

  const malformed = await request.post(`${v1}/blogs`, { headers: { ...auth(key), "content-type": "application/json" }, data: Buffer.from("{ not json") });
  expect(malformed.status()).toBe(400);
  expect((await malformed.json()).error.message).toMatch(/not valid JSON/);
  const wrongType = await request.post(`${v1}/blogs`, { headers: auth(key), data: { title: 42 } });
  expect(wrongType.status()).toBe(422);
  expect((await wrongType.json()).error.field).toBe("title");
  const notJson = await request.post(`${v1}/blogs`, { headers: { ...auth(key), "content-type": "text/plain" }, data: "title=x" });
  expect(notJson.status()).toBe(415);
  const huge = await request.post(`${v1}/blogs`, { headers: auth(key), data: { title: "x", about: "y".repeat(1_100_000) } });
  expect(huge.status()).toBe(413);

  const patched = await request.patch(`${v1}/blogs/${slug}`, { headers: auth(key), data: { title: "Night Desk Extra" } });
  expect(patched.status()).toBe(200);
  await page.goto(`/blogs/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Night Desk Extra");
  expect((await request.patch(`${v1}/blogs/no-such-blog-here`, { headers: auth(key), data: { title: "x" } })).status()).toBe(404);
});

test("authors: create (201) and duplicate (409)", async ({ request }) => {
  const name = `Ada Vale ${Date.now().toString(36)}`;
  const res = await request.post(`${v1}/authors`, { headers: auth(key), data: { name, bio: "Covers the courts." } });
  expect(res.status()).toBe(201);
  const { slug } = await res.json();
  expect((await request.post(`${v1}/authors`, { headers: auth(key), data: { name, slug } })).status()).toBe(409);
});

test("media: an image is stored with its size and served; a renamed non-image and an oversized file are refused", async ({ request }) => {
  const png = await sharp({ create: { width: 320, height: 200, channels: 3, background: "#b3141b" } }).png().toBuffer();
  const up = await request.post(`${v1}/media`, {
    headers: auth(key),
    multipart: { file: { name: "photo.png", mimeType: "image/png", buffer: png }, alt: "A red rectangle" },
  });
  expect(up.status()).toBe(201);
  const body = await up.json();
  expect(body).toMatchObject({ width: 320, height: 200 });
  const served = await request.get(body.src);
  expect(served.status()).toBe(200);
  expect(served.headers()["content-type"]).toBe("image/png");

  const fake = await request.post(`${v1}/media`, {
    headers: auth(key),
    multipart: { file: { name: "holiday.jpg", mimeType: "image/jpeg", buffer: Buffer.from("MZ this is an executable, not a photo") } },
  });
  expect(fake.status()).toBe(422);
  expect((await fake.json()).error).toMatchObject({ field: "file", message: expect.stringMatching(/not a JPEG, PNG or WebP/) });

  const big = await request.post(`${v1}/media`, { headers: { ...auth(key), "content-type": "image/jpeg" }, data: Buffer.alloc(10_200_000, 0xff) });
  expect(big.status()).toBe(413);
});

test("with the session cookie, the API accepts the newsroom's own pages and refuses cross-site requests", async ({ playwright, baseURL }) => {
  const email = `csrf-${Date.now().toString(36)}@example.org`;
  const password = "password-long-enough";
  newsroom("user", "add", "--email", email, "--name", "Cee Surf", "--role", "editor", { input: `${password}\n` });
  const browserLike = await playwright.request.newContext({ baseURL });
  try {
    const signedIn = await browserLike.post("/api/newsroom/session", { headers: { Origin: baseURL! }, data: { email, password } });
    expect(signedIn.ok()).toBe(true);
    const data = { title: `Session blog ${Date.now().toString(36)}` };
    const evil = await browserLike.post(`${v1}/blogs`, { headers: { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" }, data });
    expect(evil.status()).toBe(403);
    expect((await evil.json()).error.message).toMatch(/Cross-site/);
    const noOrigin = await browserLike.post(`${v1}/blogs`, { data });
    expect(noOrigin.status()).toBe(403);
    const own = await browserLike.post(`${v1}/blogs`, { headers: { Origin: baseURL!, "Sec-Fetch-Site": "same-origin" }, data });
    expect(own.status()).toBe(201);
  } finally {
    await browserLike.dispose();
  }
});

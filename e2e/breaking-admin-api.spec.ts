import { test, expect } from "./support/fixtures";
import { auth, createApiKey } from "./support/api";
import { uniqueHeadline } from "./support/newsroom";

test("breaking news through the admin API: post (201) shows at once, bad input is 422 with the field, edit, withdraw", async ({ request }) => {
  const key = createApiKey(`e2e breaking ${Date.now()}`);
  const v1 = "/api/admin/v1/breaking";
  const headline = uniqueHeadline("Airport reopens");
  const res = await request.post(v1, { headers: auth(key), data: { headline } });
  expect(res.status()).toBe(201);
  const item = await res.json();
  // No expiresAt: the default lifetime (BREAKING_DEFAULT_HOURS, 6 on the e2e server); null asks for none.
  expect((Date.parse(item.expiresAt) - Date.parse(item.postedAt)) / 3_600_000).toBeCloseTo(6, 5);
  const forever = await request.post(v1, { headers: auth(key), data: { headline: uniqueHeadline("Until withdrawn"), expiresAt: null } });
  expect(forever.status()).toBe(201);
  const foreverItem = await forever.json();
  expect(foreverItem.expiresAt).toBeNull();
  expect((await request.delete(`${v1}/${foreverItem.id}`, { headers: auth(key) })).status()).toBe(200);
  // Written inside the server: the public API and the next page have it at once, no watcher tick needed.
  expect((await (await request.get("/api/breaking")).text())).toContain(headline);
  await expect.poll(async () => (await request.get("/news")).text(), { timeout: 5_000 }).toContain(headline);

  const bad = await request.post(v1, { headers: auth(key), data: { headline: "x", link: "javascript:alert(1)" } });
  expect(bad.status()).toBe(422);
  expect((await bad.json()).error.field).toBe("link");
  expect((await request.post(v1, { headers: auth(key), data: { headline: "" } })).status()).toBe(422);
  // Breaking news goes to an edition: a language without one is refused, the field named.
  const noEdition = await request.post(v1, { headers: auth(key), data: { headline: "Sturm", language: "de" } });
  expect(noEdition.status()).toBe(422);
  expect((await noEdition.json()).error).toMatchObject({ field: "language", message: expect.stringContaining("en, ru, fa") });

  const edited = await request.patch(`${v1}/${item.id}`, { headers: auth(key), data: { headline: `${headline} (updated)` } });
  expect(edited.status()).toBe(200);
  expect((await (await request.get("/api/breaking")).text())).toContain(`${headline} (updated)`);
  expect((await request.delete(`${v1}/${item.id}`, { headers: auth(key) })).status()).toBe(200);
  expect((await (await request.get("/api/breaking")).text())).not.toContain(headline);
  expect((await request.delete(`${v1}/99999999`, { headers: auth(key) })).status()).toBe(404);
});

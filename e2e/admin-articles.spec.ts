import { test, expect } from "./support/fixtures";
import { auth, createApiKey } from "./support/api";

const v1 = "/api/admin/v1/articles";
let key: string;
test.beforeAll(() => {
  key = createApiKey(`e2e articles ${Date.now()}`);
});

const marker = () => `quillfeather${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

test("create a draft, edit it (revisions), publish it (reader page and feed without a rebuild), unpublish it (404)", async ({ request }) => {
  const word = marker();
  const created = await request.post(v1, {
    headers: auth(key),
    data: { title: `Harbour pilots strike ${word}`, summary: "Pilots walk out.", body: `Port traffic stopped. ${word}`, tags: ["Port Halden"], authors: ["Mara Okonkwo"] },
  });
  expect(created.status()).toBe(201);
  const draft = await created.json();
  expect(draft).toMatchObject({ status: "draft", title: `Harbour pilots strike ${word}` });
  expect(draft.previewUrl).toMatch(/\/api\/preview\?token=/);
  expect(draft).not.toHaveProperty("previewSecret");
  expect((await request.get(`/a/${draft.slug}`)).status()).toBe(404);

  const listed = await (await request.get(`${v1}?status=draft&q=${word}`, { headers: auth(key) })).json();
  expect(listed.items.map((i: { id: number }) => i.id)).toEqual([draft.id]);

  const edited = await request.patch(`${v1}/${draft.id}`, { headers: auth(key), data: { summary: "Pilots walk out over pay." } });
  expect(edited.status()).toBe(200);
  const revisions = (await (await request.get(`${v1}/${draft.id}/revisions`, { headers: auth(key) })).json()).items;
  expect(revisions.map((r: { rev: number }) => r.rev)).toEqual([2, 1]);
  expect(revisions[0].createdByLabel).toMatch(/^API key/);

  const published = await request.post(`${v1}/${draft.id}/publish`, { headers: auth(key), data: {} });
  expect(published.status()).toBe(200);
  expect((await published.json()).status).toBe("published");
  const page = await request.get(`/a/${draft.slug}`);
  expect(page.status()).toBe(200);
  expect(await page.text()).toContain("Pilots walk out over pay.");
  expect(await (await request.get("/feeds/rss.xml")).text()).toContain(word);
  expect(await (await request.get("/")).text()).toContain(word);

  const restored = await request.post(`${v1}/${draft.id}/revisions/1/restore`, { headers: auth(key) });
  expect((await restored.json()).summary).toBe("Pilots walk out.");
  expect(await (await request.get(`/a/${draft.slug}`)).text()).toContain("Pilots walk out.");

  expect((await request.post(`${v1}/${draft.id}/unpublish`, { headers: auth(key) })).status()).toBe(200);
  expect((await request.get(`/a/${draft.slug}`)).status()).toBe(404);
  expect(await (await request.get("/feeds/rss.xml")).text()).not.toContain(word);
});

test("scheduling for later keeps the article private until its time", async ({ request }) => {
  const { id, slug } = await (await request.post(v1, { headers: auth(key), data: { title: `Later ${marker()}`, body: "Soon." } })).json();
  const at = new Date(Date.now() + 3_600_000).toISOString();
  const res = await request.post(`${v1}/${id}/publish`, { headers: auth(key), data: { at } });
  expect((await res.json()).status).toBe("scheduled");
  expect((await request.get(`/a/${slug}`)).status()).toBe(404);
  const past = await request.post(`${v1}/${id}/publish`, { headers: auth(key), data: { at: "yesterday" } });
  expect(past.status()).toBe(422);
});

test("bad input gets the right 4xx with the field, and changes nothing", async ({ request }) => {
  const before = (await (await request.get(`${v1}?limit=1`, { headers: auth(key) })).json()).total;
  const cases: [unknown, number, string?][] = [
    [{ body: "no title" }, 422, "title"],
    [{ title: 7, body: "x" }, 422, "title"],
    [{ title: "x", body: "x", blog: "no-such-blog" }, 422, "blog"],
    [{ title: "x", body: "x", heroImage: { src: "/images/demo/none.webp", alt: "" } }, 422, "heroImage.alt"],
    [{ title: "x", body: "y".repeat(1_200_000) }, 413],
  ];
  for (const [data, status, field] of cases) {
    const res = await request.post(v1, { headers: auth(key), data: data as object });
    expect(res.status(), JSON.stringify(data).slice(0, 80)).toBe(status);
    const err = (await res.json()).error;
    expect(err.message.length).toBeGreaterThan(5);
    if (field) expect(err.field).toBe(field);
  }
  expect((await request.post(v1, { headers: { ...auth(key), "content-type": "application/json" }, data: Buffer.from("{\"title\":") })).status()).toBe(400);
  expect((await request.get(`${v1}/999999`, { headers: auth(key) })).status()).toBe(404);
  expect((await request.get(`${v1}/abc`, { headers: auth(key) })).status()).toBe(404);
  expect((await (await request.get(`${v1}?limit=1`, { headers: auth(key) })).json()).total).toBe(before);
});

test("a writer's key may create drafts but not publish them", async ({ request }) => {
  const writer = createApiKey(`e2e writer articles ${Date.now()}`, "writer");
  const res = await request.post(v1, { headers: auth(writer), data: { title: `Writer draft ${marker()}`, body: "Text." } });
  expect(res.status()).toBe(201);
  const { id } = await res.json();
  const publish = await request.post(`${v1}/${id}/publish`, { headers: auth(writer), data: {} });
  expect(publish.status()).toBe(403);
  expect((await publish.json()).error.message).toMatch(/cannot publish/);
});

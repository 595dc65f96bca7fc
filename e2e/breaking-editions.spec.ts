import type { APIRequestContext } from "@playwright/test";
import { test, expect } from "./support/fixtures";
import { auth, createApiKey } from "./support/api";
import { uniqueHeadline } from "./support/newsroom";
import { LIVE_LIMIT } from "../lib/breaking/store";

/**
 * Breaking news per edition (issue 13): each edition's pages show its own items, in the first HTML, however many
 * items another edition has live at the same time.
 */
const V1 = "/api/admin/v1/breaking";
let key: string;
test.beforeAll(() => {
  key = createApiKey(`e2e breaking editions ${Date.now()}`);
});

async function post(request: APIRequestContext, headline: string, language: string): Promise<number> {
  const res = await request.post(V1, { headers: auth(key), data: { headline, language } });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()).id;
}

test("a Persian item is in the Persian pages' first HTML even with a full banner of English items, and never on English pages", async ({ request }) => {
  const ids: number[] = [];
  try {
    const persian = uniqueHeadline("پل قدیمی گمرک بسته شد");
    ids.push(await post(request, persian, "fa"));
    // More English items than the banner holds, all newer than the Persian one.
    const english: string[] = [];
    for (let i = 0; i < LIVE_LIMIT; i++) {
      english.push(uniqueHeadline(`Harbour update ${i}`));
      ids.push(await post(request, english[i], "en"));
    }
    const fa = await (await request.get("/fa")).text();
    expect(fa).toContain(persian);
    for (const h of english) expect(fa).not.toContain(h);
    const en = await (await request.get("/")).text();
    expect(en).not.toContain(persian);
    expect(en).toContain(english.at(-1)!);
    const api = (await (await request.get("/api/breaking?lang=fa")).json()) as { items: { headline: string }[] };
    expect(api.items.map((i) => i.headline)).toEqual([persian]);
  } finally {
    for (const id of ids) expect((await request.delete(`${V1}/${id}`, { headers: auth(key) })).status()).toBe(200);
  }
});

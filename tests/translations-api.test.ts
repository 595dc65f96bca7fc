import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { upsertAuthor } from "@/lib/content/authors";
import { openDb, type Db } from "@/lib/db/connection";
import { migrate } from "@/lib/db/migrations";
import { seedArticle } from "@/lib/demo/seed";
import { createApiKey } from "@/lib/newsroom/api-keys";
import { tempDbUrl, type TempDbUrl } from "./helpers/temp-db";

/**
 * The admin API's editions and translations (issue 13), through the route handlers themselves on both stores:
 * `edition` and `translationOf` on POST and PATCH, 422s naming the field with nothing written, the list filtered
 * by edition, GET /articles/:id/translations, and the cache tags of both pages expired after a link.
 */

// Route modules mark themselves server-only; these routes need no request context of Next's.
vi.mock("server-only", () => ({}));
// What the routes expire after a committed write (Next's cache is not running here).
const expired = vi.hoisted(() => [] as string[][]);
vi.mock("@/lib/content/revalidate.next", () => ({ revalidateContent: (tags: Iterable<string>) => void expired.push([...tags]) }));

let temp: TempDbUrl;
let store: Db;
let editor: string;
let writer: string;

beforeAll(async () => {
  temp = await tempDbUrl();
  // The routes' db() opens DATABASE_URL: point it at this test's store before anything opens a connection.
  vi.stubEnv("DATABASE_URL", temp.url);
  store = openDb(temp.url, { max: 4 });
  await migrate(store);
  await upsertAuthor(store, { slug: "ana", name: "Ana Petrescu" });
  editor = (await createApiKey(store, { name: "desk", role: "editor" })).key;
  writer = (await createApiKey(store, { name: "stringer" })).key;
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await store.destroy();
  const { db } = await import("@/lib/db/connection");
  await db().destroy();
  await temp.cleanup();
});

beforeEach(() => {
  expired.length = 0;
});

type Json = Record<string, unknown> & { error?: { message: string; field?: string } };

async function call(method: string, path: string, body?: unknown, key = editor): Promise<{ status: number; json: Json }> {
  const url = `http://localhost/api/admin/v1/articles${path}`;
  const request = new Request(url, {
    method,
    headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const id = /^\/(\d+)/.exec(path)?.[1];
  const context = { params: Promise.resolve(id ? { id } : {}) } as never;
  const route =
    path === "" || path.startsWith("?")
      ? await import("@/app/api/admin/v1/articles/route")
      : path.endsWith("/translations")
        ? await import("@/app/api/admin/v1/articles/[id]/translations/route")
        : await import("@/app/api/admin/v1/articles/[id]/route");
  const handler = (route as unknown as Record<string, (r: Request, c: never) => Promise<Response>>)[method];
  const res = await handler(request, context);
  return { status: res.status, json: (await res.json()) as Json };
}

const articleCount = async () => Number((await store.selectFrom("articles").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n);

describe("the admin API's editions and translations", () => {
  it("creates a draft in an edition linked to its source, lists it, and expires both pages' tags", async () => {
    const en = await seedArticle(store, { title: "Harbour", slug: "harbour", body: "Text.", status: "published", publishedAt: "2026-01-02T00:00:00.000Z", authorSlugs: ["ana"] });
    const created = await call("POST", "", { title: "Гавань", slug: "gavan", body: "", edition: "ru", translationOf: en.id });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ slug: "gavan", language: "ru", status: "draft", translationOf: en.id });
    expect(expired.flat()).toEqual(expect.arrayContaining([`translations:${en.id}`, "article:harbour"]));

    const versions = await call("GET", `/${en.id}/translations`);
    expect(versions.status).toBe(200);
    expect(versions.json).toEqual({ translationOf: null, items: [{ id: created.json.id, slug: "gavan", title: "Гавань", language: "ru", edition: "ru", status: "draft", source: false }] });
    const back = await call("GET", `/${created.json.id}/translations`);
    expect(back.json).toEqual({ translationOf: en.id, items: [expect.objectContaining({ id: en.id, slug: "harbour", edition: "en", status: "published" })] });

    const list = await call("GET", "?edition=ru");
    expect((list.json.items as { slug: string }[]).map((i) => i.slug)).toEqual(["gavan"]);
    const unknown = await call("GET", "?edition=xx");
    expect(unknown.status).toBe(422);
    expect(unknown.json.error).toMatchObject({ field: "edition", message: expect.stringMatching(/There is no edition "xx": use one of en, ru, fa/) });
  });

  it("answers 422 naming edition or translationOf, and writes nothing", async () => {
    const en = await seedArticle(store, { title: "Bridge", slug: "bridge", body: "Text.", status: "published", publishedAt: "2026-01-03T00:00:00.000Z" });
    const ru = await call("POST", "", { title: "Мост", body: "", edition: "ru", translationOf: en.id });
    expect(ru.status).toBe(201);
    expired.length = 0;
    const before = await articleCount();
    const refused: [unknown, string, RegExp][] = [
      [{ title: "X", body: "", edition: "xx" }, "edition", /There is no edition "xx"/],
      [{ title: "X", body: "", edition: "fa", language: "ru" }, "edition", /belongs to the Русский edition/],
      [{ title: "X", body: "", edition: "fa", translationOf: 99999 }, "translationOf", /There is no article #99999/],
      [{ title: "X", body: "", edition: "en", translationOf: en.id }, "translationOf", /same edition/],
      [{ title: "X", body: "", edition: "ru", translationOf: ru.json.id }, "translationOf", /same edition/],
      [{ title: "X", body: "", edition: "ru", translationOf: en.id }, "translationOf", /already has a version in Русский/],
    ];
    for (const [body, field, message] of refused) {
      const res = await call("POST", "", body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.json.error?.field, JSON.stringify(body)).toBe(field);
      expect(res.json.error?.message).toMatch(message);
    }
    expect(await articleCount()).toBe(before);
    expect(expired).toEqual([]);
  });

  it("PATCH sets and clears translationOf, expiring both pages each time; same-edition links are refused", async () => {
    const en = await seedArticle(store, { title: "Ferry", slug: "ferry", body: "Text.", status: "published", publishedAt: "2026-01-04T00:00:00.000Z" });
    const fa = await seedArticle(store, { title: "کشتی", slug: "keshti", body: "متن.", language: "fa", status: "published", publishedAt: "2026-01-05T00:00:00.000Z" });
    const linked = await call("PATCH", `/${fa.id}`, { translationOf: en.id });
    expect(linked.status).toBe(200);
    expect(linked.json.translationOf).toBe(en.id);
    expect(expired.flat()).toEqual(expect.arrayContaining(["article:ferry", "article:keshti"]));
    expired.length = 0;
    const cleared = await call("PATCH", `/${fa.id}`, { translationOf: null });
    expect(cleared.json.translationOf).toBeNull();
    expect(expired.flat()).toEqual(expect.arrayContaining(["article:ferry", "article:keshti"]));
    expect((await call("GET", `/${en.id}/translations`)).json.items).toEqual([]);
    const same = await call("PATCH", `/${fa.id}`, { translationOf: fa.id });
    expect([same.status, same.json.error?.field]).toEqual([422, "translationOf"]);
    const moved = await call("PATCH", `/${fa.id}`, { edition: "ru" });
    expect(moved.json.language).toBe("ru");
  });

  it("GET /articles/:id/translations has the other admin routes' auth", async () => {
    const draft = await seedArticle(store, { title: "Someone else's draft", slug: "not-yours", body: "" });
    const res = await call("GET", `/${draft.id}/translations`, undefined, writer);
    expect(res.status).toBe(403);
    const missing = await call("GET", "/424242/translations");
    expect(missing.status).toBe(404);
    const anonymous = await (await import("@/app/api/admin/v1/articles/[id]/translations/route")).GET(
      new Request(`http://localhost/api/admin/v1/articles/${draft.id}/translations`, { headers: { authorization: "Bearer nope" } }),
      { params: Promise.resolve({ id: String(draft.id) }) },
    );
    expect(anonymous.status).toBe(401);
  });
});

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { upsertAuthor } from "@/lib/content/authors";
import { getNewsroomArticle } from "@/lib/content/newsroom-queries";
import { translationsOf } from "@/lib/content/translations";
import { openDb, type Db } from "@/lib/db/connection";
import { migrate } from "@/lib/db/migrations";
import { seedArticle } from "@/lib/demo/seed";
import type { SessionUser } from "@/lib/newsroom/console.next";
import { tempDbUrl, type TempDbUrl } from "./helpers/temp-db";

/**
 * The console's edition and translation forms (app/newsroom/articles/translation-actions.ts) on both stores: who
 * may use them, what they write, and where they send the person next (only our own codes in the URL).
 */

vi.mock("server-only", () => ({}));
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/newsroom/console.next", () => ({ currentSession: async () => session.user }));
const expired = vi.hoisted(() => [] as string[]);
vi.mock("@/lib/content/revalidate.next", () => ({ revalidateContent: (tags: Iterable<string>) => void expired.push(...tags) }));
/** Next's redirect() throws; so does this one, with the location to assert. */
class Redirect extends Error {}
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw new Redirect(to);
  },
}));

let temp: TempDbUrl;
let store: Db;
const editor: SessionUser = { kind: "user", userId: 1, name: "Eda Editor", email: "eda@example.org", role: "editor" };
const writer: SessionUser = { kind: "user", userId: 2, name: "Wim Writer", email: "wim@example.org", role: "writer" };

beforeAll(async () => {
  temp = await tempDbUrl();
  vi.stubEnv("DATABASE_URL", temp.url);
  store = openDb(temp.url, { max: 4 });
  await migrate(store);
  await upsertAuthor(store, { slug: "ana", name: "Ana Petrescu" });
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await store.destroy();
  const { db } = await import("@/lib/db/connection");
  await db().destroy();
  await temp.cleanup();
});

/** Where the action sent the person. */
async function goes(action: (f: FormData) => Promise<void>, fields: Record<string, string>): Promise<string> {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  try {
    await action(form);
  } catch (err) {
    if (err instanceof Redirect) return err.message;
    throw err;
  }
  throw new Error("expected a redirect");
}

describe("the console's translation forms", () => {
  it("Translate makes a linked draft in the edition chosen and opens it; the same edition twice comes back with our code", async () => {
    const { translateArticle } = await import("@/app/newsroom/articles/translation-actions");
    const en = await seedArticle(store, { title: "Harbour", slug: "harbour", body: "Text.", authorSlugs: ["ana"], status: "published", publishedAt: "2026-01-01T00:00:00.000Z" });
    session.user = editor;
    const to = await goes(translateArticle, { articleId: String(en.id), edition: "fa" });
    const id = Number(/^\/newsroom\/articles\/(\d+)\?translated=1$/.exec(to)?.[1]);
    expect(await getNewsroomArticle(store, id)).toMatchObject({ language: "fa", status: "draft", translationOf: en.id, title: "Harbour", createdByUserId: 1 });
    expect(expired).toContain(`translations:${en.id}`);
    expect(await goes(translateArticle, { articleId: String(en.id), edition: "fa" })).toBe(`/newsroom/articles/${en.id}?translateError=taken`);
    expect(await goes(translateArticle, { articleId: String(en.id), edition: "en" })).toBe(`/newsroom/articles/${en.id}?translateError=sameEdition`);
    expect(await goes(translateArticle, { articleId: String(en.id), edition: "<b>" })).toBe(`/newsroom/articles/${en.id}?translateError=edition`);
    expect(await goes(translateArticle, { articleId: "999999", edition: "ru" })).toBe("/newsroom");
    // A writer cannot translate an article they could not open; signed out, it is the sign-in page.
    session.user = writer;
    expect(await goes(translateArticle, { articleId: String(en.id), edition: "ru" })).toBe(`/newsroom/articles/${en.id}?translateError=forbidden`);
    session.user = null;
    expect(await goes(translateArticle, { articleId: String(en.id), edition: "ru" })).toBe(`/newsroom/login?next=${encodeURIComponent(`/newsroom/articles/${en.id}`)}`);
    expect((await translationsOf(store, en.id)).map((v) => v.edition)).toEqual(["fa"]);
  });

  it("Unlink takes the article out of its story", async () => {
    const { translateArticle, unlinkArticle } = await import("@/app/newsroom/articles/translation-actions");
    const en = await seedArticle(store, { title: "Bridge", slug: "bridge", body: "Text.", status: "published", publishedAt: "2026-01-02T00:00:00.000Z" });
    session.user = editor;
    const ru = Number(/(\d+)\?translated/.exec(await goes(translateArticle, { articleId: String(en.id), edition: "ru" }))?.[1]);
    expect(await goes(unlinkArticle, { articleId: String(ru) })).toBe(`/newsroom/articles/${ru}?unlinked=1`);
    expect(await translationsOf(store, en.id)).toEqual([]);
  });

  it("a new article in an edition starts with its headline, in the edition's language", async () => {
    const { createInEdition } = await import("@/app/newsroom/articles/translation-actions");
    session.user = writer;
    const to = await goes(createInEdition, { edition: "ru", title: "Мост открыт" });
    const id = Number(/^\/newsroom\/articles\/(\d+)$/.exec(to)?.[1]);
    expect(await getNewsroomArticle(store, id)).toMatchObject({ title: "Мост открыт", language: "ru", status: "draft", createdByUserId: 2 });
    expect(await goes(createInEdition, { edition: "ru", title: "   " })).toBe("/newsroom/articles/new?edition=ru&error=title");
    expect(await goes(createInEdition, { edition: "zz", title: "Bridge" })).toBe("/newsroom/articles/new?edition=zz&error=edition");
  });
});

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDraft } from "@/lib/content/article-writes";
import { getPublishedArticle } from "@/lib/content/articles";
import { publishArticle } from "@/lib/content/publishing";
import type { Db } from "@/lib/db/connection";
import { clockRound } from "@/lib/jobs/clock";
import { createSession, getSessionPrincipal, SESSION_TTL_MS } from "@/lib/newsroom/sessions";
import { createUser } from "@/lib/newsroom/users";
import { tempDb } from "./helpers/temp-db";

let db: Db;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ db, cleanup } = await tempDb()));
afterEach(async () => cleanup());

const sessionCount = async () => (await db.selectFrom("sessions").select("id").execute()).length;

describe("the clock's round", () => {
  it("deletes expired sessions and keeps live ones", async () => {
    const u = await createUser(db, { email: "ana@example.org", name: "Ana", role: "editor", password: "a long enough password" });
    // Opened a full idle window and a minute ago: expired a minute ago.
    await createSession(db, u.id, { now: new Date(Date.now() - SESSION_TTL_MS - 60_000) });
    const live = await createSession(db, u.id);
    expect(await sessionCount()).toBe(2);

    await clockRound({ getDb: () => db, onPublished: async () => {} })();

    expect(await sessionCount()).toBe(1);
    expect(await getSessionPrincipal(db, live.token)).toMatchObject({ kind: "user", userId: u.id });
  });

  it("publishes due articles and prunes in the same round", async () => {
    const u = await createUser(db, { email: "bo@example.org", name: "Bo", role: "editor", password: "a long enough password" });
    await createSession(db, u.id, { now: new Date(Date.now() - SESSION_TTL_MS - 60_000) });
    const actor = { userId: null, label: "test" };
    const { article } = await createDraft(db, { title: "Harbour reopens", body: "Boats sail again." }, actor);
    await publishArticle(db, article.id, { at: new Date(Date.now() + 50).toISOString() }, actor);
    await new Promise((r) => setTimeout(r, 100));

    const handed: string[][] = [];
    await clockRound({ getDb: () => db, onPublished: async (tags) => void handed.push(tags) })();

    expect((await getPublishedArticle(db, article.slug))?.title).toBe("Harbour reopens");
    expect(handed).toHaveLength(1);
    expect(handed[0]).toContain(`article:${article.slug}`);
    expect(await sessionCount()).toBe(0);
  });

  it("still prunes when handing over the published tags fails", async () => {
    const u = await createUser(db, { email: "cy@example.org", name: "Cy", role: "editor", password: "a long enough password" });
    await createSession(db, u.id, { now: new Date(Date.now() - SESSION_TTL_MS - 60_000) });
    const actor = { userId: null, label: "test" };
    const { article } = await createDraft(db, { title: "Bridge closes", body: "Wind." }, actor);
    await publishArticle(db, article.id, { at: new Date(Date.now() + 50).toISOString() }, actor);
    await new Promise((r) => setTimeout(r, 100));

    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    try {
      await clockRound({ getDb: () => db, onPublished: async () => { throw new Error("loopback down"); } })();
    } finally {
      console.error = original;
    }

    expect(errors).toEqual([["publishing clock:", "loopback down"]]);
    expect(await sessionCount()).toBe(0);
  });
});

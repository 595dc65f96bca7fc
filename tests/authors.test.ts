import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDraft, updateArticle } from "@/lib/content/article-writes";
import { getAuthor, getPublicAuthor, upsertAuthor } from "@/lib/content/authors";
import { getNewsroomArticle } from "@/lib/content/newsroom-queries";
import { publishArticle, unpublishArticle } from "@/lib/content/publishing";
import type { Db } from "@/lib/db/connection";
import { ForbiddenError } from "@/lib/errors";
import { actorOf } from "@/lib/newsroom/article-access";
import type { Principal } from "@/lib/newsroom/roles";
import { sectionPages } from "@/lib/seo/sitemap-queries";
import { tempDb } from "./helpers/temp-db";

/**
 * Who may bring an author (and so a public page, /authors/<slug>) into being, and when that page exists: only
 * editors add authors, a byline included; the page is there only while a published article carries the byline.
 */

let db: Db;
let cleanup: () => Promise<void>;

const writer: Principal = { kind: "user", userId: 3, name: "Wri Ter", email: "w@example.org", role: "writer" };
const writerKey: Principal = { kind: "key", keyId: 4, name: "wire", role: "writer" };
const editor: Principal = { kind: "user", userId: 5, name: "Edie Tor", email: "e@example.org", role: "editor" };
const t = (hour: number) => new Date(Date.UTC(2026, 10, 24, hour));
const count = async (table: "authors" | "articles") =>
  Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n);

beforeEach(async () => {
  ({ db, cleanup } = await tempDb());
  await upsertAuthor(db, { slug: "ana", name: "Ana Petrescu" });
});
afterEach(async () => cleanup());

async function refusal(p: Promise<unknown>): Promise<ForbiddenError> {
  try {
    await p;
  } catch (err) {
    return err as ForbiddenError;
  }
  throw new Error("expected the write to be refused");
}

describe("bylines and new authors", () => {
  it("a writer (person or key) naming an unknown author is refused with 403 on authors, and nothing is created", async () => {
    const headline = "Breaking: minister resigns, says Meridian Dispatch";
    for (const who of [writer, writerKey]) {
      const err = await refusal(createDraft(db, { title: "Budget vote", body: "x", authors: ["ana", headline] }, actorOf(who)));
      expect(err).toBeInstanceOf(ForbiddenError);
      expect(err).toMatchObject({ status: 403, field: "authors" });
      expect(err.message).toContain(`"${headline}" is not an author yet`);
      expect(err.message).toMatch(/choose an existing author.*ask an editor/);
    }
    expect(await count("authors")).toBe(1);
    expect(await count("articles")).toBe(0);
    expect(await getAuthor(db, "breaking-minister-resigns-says-meridian-dispatch")).toBeNull();

    // Editing their own draft's byline is refused the same way, and the byline stays as it was.
    const { article } = await createDraft(db, { title: "Budget vote", body: "x", authors: ["Ana Petrescu"] }, actorOf(writer));
    const onEdit = await refusal(updateArticle(db, article.id, { authors: ["Someone New"] }, actorOf(writer)));
    expect(onEdit).toMatchObject({ status: 403, field: "authors" });
    expect(await count("authors")).toBe(1);
    expect((await getNewsroomArticle(db, article.id))?.authors).toEqual([{ slug: "ana", name: "Ana Petrescu" }]);
  });

  it("a writer may credit existing authors by slug or by name", async () => {
    const { article } = await createDraft(db, { title: "Harbour", body: "x", authors: ["Ana Petrescu"] }, actorOf(writer));
    expect(article.authors).toEqual([{ slug: "ana", name: "Ana Petrescu" }]);
    const { article: edited } = await updateArticle(db, article.id, { authors: ["ana"] }, actorOf(writer));
    expect(edited.authors).toEqual([{ slug: "ana", name: "Ana Petrescu" }]);
  });

  it("an editor's byline may add an author", async () => {
    const { article } = await createDraft(db, { title: "Harbour", body: "x", authors: ["Léa Moreau"] }, actorOf(editor));
    expect(article.authors).toEqual([{ slug: "léa-moreau", name: "Léa Moreau" }]);
    expect(await count("authors")).toBe(2);
  });
});

describe("an author's public page", () => {
  it("exists only while a published article carries the byline, and only then is it in the sitemap", async () => {
    const authorPaths = async (now: Date) => (await sectionPages(db, { now })).map((p) => p.path).filter((p) => p.startsWith("/authors/"));
    await upsertAuthor(db, { slug: "omid", name: "Omid Rahimi", bio: "Added by an editor, nothing published yet." });
    expect(await getAuthor(db, "omid")).toMatchObject({ name: "Omid Rahimi" }); // the newsroom still sees them
    expect(await getPublicAuthor(db, "omid", { now: t(1) })).toBeNull();

    const { article } = await createDraft(db, { title: "Quay cranes", body: "x", authors: ["omid"] }, actorOf(editor), { now: t(0) });
    expect(await getPublicAuthor(db, "omid", { now: t(1) })).toBeNull(); // a draft reveals nobody
    await publishArticle(db, article.id, { at: t(3).toISOString() }, actorOf(editor), { now: t(1) });
    expect(await getPublicAuthor(db, "omid", { now: t(2) })).toBeNull(); // nor does a story scheduled for later
    expect(await authorPaths(t(2))).toEqual([]);

    await publishArticle(db, article.id, {}, actorOf(editor), { now: t(2) });
    expect(await getPublicAuthor(db, "omid", { now: t(3) })).toMatchObject({ slug: "omid", name: "Omid Rahimi", bio: "Added by an editor, nothing published yet." });
    expect(await authorPaths(t(3))).toEqual(["/authors/omid"]);

    await unpublishArticle(db, article.id, actorOf(editor), { now: t(4) });
    expect(await getPublicAuthor(db, "omid", { now: t(5) })).toBeNull();
    expect(await authorPaths(t(5))).toEqual([]);
    expect(await getPublicAuthor(db, "nobody-here", { now: t(5) })).toBeNull();
  });
});

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDraft, updateArticle, type Actor } from "@/lib/content/article-writes";
import { getPublishedArticle, resolveArticleSlug } from "@/lib/content/articles";
import { upsertAuthor } from "@/lib/content/authors";
import { upsertBlog } from "@/lib/content/blogs";
import { registerImages } from "@/lib/content/images";
import { getNewsroomArticle, listNewsroomArticles } from "@/lib/content/newsroom-queries";
import { publishArticle } from "@/lib/content/publishing";
import { getRevision, listRevisions, restoreRevision } from "@/lib/content/revisions";
import { openDb, type Db } from "@/lib/db/connection";
import { migrate, migrations } from "@/lib/db/migrations";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { tempDb, tempDbUrl } from "./helpers/temp-db";

let db: Db;
let cleanup: () => Promise<void>;

const ana: Actor = { userId: 7, label: "Ana Petrescu" };
const bot: Actor = { userId: null, label: "API key wire-importer" };
const t = (minute: number) => new Date(Date.UTC(2026, 10, 24, 9, minute));

beforeEach(async () => {
  ({ db, cleanup } = await tempDb());
  await upsertAuthor(db, { slug: "ana", name: "Ana Petrescu" });
  await upsertAuthor(db, { slug: "omid", name: "Omid Rahimi" });
  await upsertBlog(db, { slug: "field-notes", title: "Field Notes" });
  await upsertBlog(db, { slug: "dispatches", title: "Dispatches" });
  await registerImages(db, [{ src: "/media/harbour.jpg", width: 1600, height: 900, alt: "Library alt" }]);
});
afterEach(async () => cleanup());

/** The ValidationError (or other error) a write throws, to assert its field and message. */
async function failure<E extends Error>(p: Promise<unknown>): Promise<E> {
  try {
    await p;
  } catch (err) {
    return err as E;
  }
  throw new Error("expected the write to fail");
}

describe("createDraft", () => {
  it("creates a draft with its byline, tags and hero, records revision 1 by the actor, and keeps it off the site", async () => {
    const { article, revalidate } = await createDraft(
      db,
      {
        title: "  Harbour strike enters\nthird week ",
        blog: "field-notes",
        summary: "Dockers hold the line.",
        body: "The strike **continues**.",
        heroImage: { src: "/media/harbour.jpg", alt: "Dockers at the gate at dawn", credit: "M. Ionescu" },
        authors: ["ana", "Omid Rahimi"],
        tags: ["Labour", "Ports"],
        language: "EN",
      },
      ana,
      { now: t(0) },
    );
    expect(article).toMatchObject({
      slug: "harbour-strike-enters-third-week",
      title: "Harbour strike enters third week",
      status: "draft",
      publishedAt: null,
      language: "en",
      blog: { slug: "field-notes", title: "Field Notes" },
      authors: [
        { slug: "ana", name: "Ana Petrescu" },
        { slug: "omid", name: "Omid Rahimi" },
      ],
      tags: [
        { slug: "labour", name: "Labour" },
        { slug: "ports", name: "Ports" },
      ],
      heroImage: { src: "/media/harbour.jpg", width: 1600, height: 900, alt: "Dockers at the gate at dawn", credit: "M. Ionescu" },
    });
    expect(revalidate).toEqual([]);

    expect(await listRevisions(db, article.id)).toEqual([
      { rev: 1, createdAt: t(0).toISOString(), createdByLabel: "Ana Petrescu", createdByUserId: 7, title: article.title },
    ]);
    const staff = await getNewsroomArticle(db, article.id);
    expect(staff?.createdByUserId).toBe(7);
    expect(staff?.previewSecret).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(await getPublishedArticle(db, article.slug)).toBeNull();
    expect((await resolveArticleSlug(db, article.slug)).kind).toBe("missing");
  });

  it("creates an author for an unknown name, and gives a taken title-made slug a number", async () => {
    const first = await createDraft(db, { title: "Night shift", body: "" }, ana);
    const second = await createDraft(db, { title: "Night shift", body: "", authors: ["Léa Moreau"] }, { ...bot, mayCreateAuthors: true });
    expect(first.article.slug).toBe("night-shift");
    expect(second.article.slug).toBe("night-shift-2");
    expect(second.article.authors).toEqual([{ slug: "léa-moreau", name: "Léa Moreau" }]);
    expect((await listRevisions(db, second.article.id))[0].createdByLabel).toBe("API key wire-importer");
  });

  it("names the field and says what to do when the input is wrong", async () => {
    const cases: [unknown, string, RegExp][] = [
      [{ body: "x" }, "title", /title/i],
      [{ title: "   ", body: "x" }, "title", /title/i],
      [{ title: "A", slug: "Not A Slug", body: "x" }, "slug", /lowercase/i],
      [{ title: "A", slug: "page", body: "x" }, "slug", /reserved/i],
      [{ title: "A", body: "x", heroImage: { src: "/media/harbour.jpg" } }, "heroImage.alt", /Describe the image/],
      [{ title: "A", body: "x", heroImage: { src: "javascript:alert(1)", alt: "x" } }, "heroImage.src", /https/],
      [{ title: "A", body: "x".repeat(200_001) }, "body", /200,000/],
      [{ title: "A", body: "x", tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, "tags", /at most 20/],
      [{ title: "A", body: "x", language: "english!" }, "language", /2 to 8 letters/],
    ];
    for (const [input, field, message] of cases) {
      const err = await failure<ValidationError>(createDraft(db, input, ana));
      expect(err, JSON.stringify(input).slice(0, 80)).toBeInstanceOf(ValidationError);
      expect(err.field).toBe(field);
      expect(err.message).toMatch(message);
    }
    const blog = await failure<ValidationError>(createDraft(db, { title: "A", body: "x", blog: "no-such-blog" }, ana));
    expect(blog).toBeInstanceOf(ValidationError);
    expect(blog.field).toBe("blog");
    expect(blog.message).toMatch(/no blog "no-such-blog".*dispatches, field-notes/);

    const hero = await failure<ValidationError>(
      createDraft(db, { title: "A", body: "x", heroImage: { src: "/media/unknown.jpg", alt: "Something" } }, ana),
    );
    expect(hero.field).toBe("heroImage.src");
    expect(hero.message).toBe("Upload the image first (POST /media) or use one already in the media library");

    // Nothing half-written by the failures.
    expect((await listNewsroomArticles(db)).total).toBe(0);
  });

  it("refuses a slug another article uses, as a conflict on slug", async () => {
    await createDraft(db, { title: "One", slug: "same-slug", body: "x" }, ana);
    const err = await failure<ConflictError>(createDraft(db, { title: "Two", slug: "same-slug", body: "x" }, ana));
    expect(err).toBeInstanceOf(ConflictError);
    expect(err.field).toBe("slug");
    expect(err.message).toMatch(/same-slug.*choose another/);
  });

  it("accepts slugs in any script", async () => {
    const { article } = await createDraft(db, { title: "Выборы", slug: "выборы-2026", body: "x", language: "ru" }, ana);
    expect(article.slug).toBe("выборы-2026");
  });
});

describe("updateArticle", () => {
  it("records revision 2 with the new byline and tags, and revalidates what showed the article before and after", async () => {
    const { article } = await createDraft(
      db,
      { title: "Budget vote", blog: "field-notes", body: "Draft text.", authors: ["ana"], tags: ["Budget"] },
      ana,
      { now: t(0) },
    );
    await publishArticle(db, article.id, {}, ana, { now: t(1) });

    const { article: edited, revalidate } = await updateArticle(
      db,
      article.id,
      { blog: "dispatches", authors: ["omid"], tags: ["Parliament", "Budget 2027"], body: "Final text." },
      bot,
      { now: t(2) },
    );
    expect(edited.authors).toEqual([{ slug: "omid", name: "Omid Rahimi" }]);
    expect(edited.tags.map((x) => x.slug)).toEqual(["budget-2027", "parliament"]);
    expect(edited.blog?.slug).toBe("dispatches");
    expect(edited.updatedAt).toBe(t(2).toISOString());
    expect(revalidate).toEqual(
      expect.arrayContaining([
        "articles",
        "article:budget-vote",
        "blog:field-notes",
        "blog:dispatches",
        "author:ana",
        "author:omid",
        "tag:budget",
        "tag:parliament",
        "tag:budget-2027",
      ]),
    );
    expect(new Set(revalidate).size).toBe(revalidate.length);

    const revs = await listRevisions(db, article.id);
    expect(revs.map((r) => [r.rev, r.createdByLabel])).toEqual([
      [2, "API key wire-importer"],
      [1, "Ana Petrescu"],
    ]);
    const rev2 = await getRevision(db, article.id, 2);
    expect(rev2).toMatchObject({ body: "Final text.", blog: "dispatches", authors: ["omid"], tags: ["Budget 2027", "Parliament"] });
    expect((await getPublishedArticle(db, "budget-vote", { now: t(3) }))?.body).toBe("Final text.");
  });

  it("edits of a draft revalidate nothing, and an empty or unknown edit is refused", async () => {
    const { article } = await createDraft(db, { title: "Quiet draft", body: "x" }, ana);
    expect((await updateArticle(db, article.id, { summary: "Now with a summary" }, ana)).revalidate).toEqual([]);

    const empty = await failure<ValidationError>(updateArticle(db, article.id, {}, ana));
    expect(empty).toBeInstanceOf(ValidationError);
    expect(empty.message).toMatch(/Nothing to change/);
    await expect(updateArticle(db, 9999, { title: "x" }, ana)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateArticle(db, article.id, { heroImage: { src: "/nope.png", alt: "x" } }, ana)).rejects.toMatchObject({
      field: "heroImage.src",
    });
    expect((await listRevisions(db, article.id)).map((r) => r.rev)).toEqual([2, 1]);
  });

  it("after publishing, a new slug keeps the old one redirecting; a draft's old slug is not kept", async () => {
    const { article } = await createDraft(db, { title: "First headline", body: "x" }, ana);
    await publishArticle(db, article.id, undefined, ana, { now: t(0) });
    const { revalidate } = await updateArticle(db, article.id, { slug: "better-headline" }, ana, { now: t(1) });
    expect(revalidate).toEqual(expect.arrayContaining(["article:first-headline", "article:better-headline"]));
    expect(await resolveArticleSlug(db, "first-headline", { now: t(2) })).toEqual({ kind: "moved", slug: "better-headline", language: "en" });
    expect((await resolveArticleSlug(db, "better-headline", { now: t(2) })).kind).toBe("article");

    const other = await createDraft(db, { title: "Taken", slug: "taken", body: "x" }, ana);
    await expect(updateArticle(db, other.article.id, { slug: "better-headline" }, ana)).rejects.toMatchObject({
      name: "ConflictError",
      field: "slug",
    });
    await updateArticle(db, other.article.id, { slug: "taken-2" }, ana);
    expect(await db.selectFrom("article_slugs").select("slug").where("article_id", "=", other.article.id).execute()).toEqual([]);
  });

  it("refuses another article's old slug (409 on slug), so its old URL keeps redirecting; its own old slug may come back", async () => {
    const { article: moved } = await createDraft(db, { title: "Ferry fares rise", body: "x" }, ana);
    await publishArticle(db, moved.id, undefined, ana, { now: t(0) });
    await updateArticle(db, moved.id, { slug: "ferry-fares-rise-again" }, ana, { now: t(1) });
    const stillMoved = { kind: "moved", slug: "ferry-fares-rise-again", language: "en" };

    const onCreate = await failure<ConflictError>(createDraft(db, { title: "Something else", slug: "ferry-fares-rise", body: "x" }, ana));
    expect(onCreate).toBeInstanceOf(ConflictError);
    expect(onCreate).toMatchObject({ status: 409, field: "slug" });
    expect(onCreate.message).toMatch(/"ferry-fares-rise" was another article's address.*choose another/);
    expect(await resolveArticleSlug(db, "ferry-fares-rise", { now: t(2) })).toEqual(stillMoved);

    const { article: draft } = await createDraft(db, { title: "Something else", body: "x" }, ana);
    const onEdit = await failure<ConflictError>(updateArticle(db, draft.id, { slug: "ferry-fares-rise" }, ana, { now: t(2) }));
    expect(onEdit).toMatchObject({ status: 409, field: "slug" });
    expect((await getNewsroomArticle(db, draft.id))?.slug).toBe("something-else");

    // Nor by restoring a revision from when it was the draft's own: the draft let go of it, another story took it
    // and moved on, and the redirect is that story's now.
    const { article: early } = await createDraft(db, { title: "Tide tables", body: "x" }, ana, { now: t(0) });
    await updateArticle(db, early.id, { slug: "tide-tables-draft" }, ana, { now: t(1) });
    const { article: taker } = await createDraft(db, { title: "Tide tables", slug: "tide-tables", body: "x" }, ana, { now: t(1) });
    await publishArticle(db, taker.id, undefined, ana, { now: t(1) });
    await updateArticle(db, taker.id, { slug: "tide-tables-2027" }, ana, { now: t(2) });
    const onRestore = await failure<ConflictError>(restoreRevision(db, early.id, 1, ana, { now: t(2) }));
    expect(onRestore).toMatchObject({ status: 409, field: "slug" });
    expect(await resolveArticleSlug(db, "tide-tables", { now: t(3) })).toEqual({ kind: "moved", slug: "tide-tables-2027", language: "en" });
    expect(await resolveArticleSlug(db, "ferry-fares-rise", { now: t(3) })).toEqual(stillMoved);

    // The article that had it may take it back: the newer slug then redirects to it.
    await updateArticle(db, moved.id, { slug: "ferry-fares-rise" }, ana, { now: t(3) });
    expect((await resolveArticleSlug(db, "ferry-fares-rise", { now: t(4) })).kind).toBe("article");
    expect(await resolveArticleSlug(db, "ferry-fares-rise-again", { now: t(4) })).toEqual({ kind: "moved", slug: "ferry-fares-rise", language: "en" });
  });

  it("a changed hero gets its own image row, and null removes it", async () => {
    const { article } = await createDraft(db, { title: "Hero", body: "x", heroImage: { src: "/media/harbour.jpg", alt: "First alt" } }, ana);
    const { article: edited } = await updateArticle(db, article.id, { heroImage: { src: "/media/harbour.jpg", alt: "Better alt" } }, ana);
    expect(edited.heroImage?.alt).toBe("Better alt");
    expect((await getRevision(db, article.id, 1))?.heroImage?.alt).toBe("First alt");
    expect((await updateArticle(db, article.id, { heroImage: null }, ana)).article.heroImage).toBeNull();
  });
});

describe("restoreRevision", () => {
  it("brings back revision 1's content as revision 3, leaving history as it was", async () => {
    const { article } = await createDraft(
      db,
      { title: "Original title", body: "Original body.", authors: ["ana"], tags: ["Elections"], blog: "field-notes" },
      ana,
      { now: t(0) },
    );
    await updateArticle(db, article.id, { title: "Changed title", body: "Changed body.", authors: ["omid"], tags: ["Other"], blog: null }, bot, {
      now: t(1),
    });
    const { article: restored } = await restoreRevision(db, article.id, 1, bot, { now: t(2) });
    expect(restored).toMatchObject({
      title: "Original title",
      body: "Original body.",
      authors: [{ slug: "ana", name: "Ana Petrescu" }],
      tags: [{ slug: "elections", name: "Elections" }],
      blog: { slug: "field-notes" },
    });
    const revs = await listRevisions(db, article.id);
    expect(revs.map((r) => [r.rev, r.title, r.createdByLabel])).toEqual([
      [3, "Original title", "API key wire-importer"],
      [2, "Changed title", "API key wire-importer"],
      [1, "Original title", "Ana Petrescu"],
    ]);
    expect((await getRevision(db, article.id, 2))?.body).toBe("Changed body.");
    await expect(restoreRevision(db, article.id, 42, ana)).rejects.toBeInstanceOf(NotFoundError);
    expect(await listRevisions(db, article.id)).toHaveLength(3);
  });

  it("an article made before revisions existed keeps its first content as revision 1 on its first edit", async () => {
    // A bare row as writes made before every article had a revision left it, then migration 9.
    const old = await tempDbUrl();
    const db = openDb(old.url, { max: 4 });
    try {
      await migrate(db, migrations.filter((m) => m.version < 9));
      const at = t(0).toISOString();
      const { id } = await db
        .insertInto("articles")
        .values({ slug: "imported", title: "Imported", summary: "", body: "Old body", hero_image_id: null, blog_id: null, language: "en", status: "published", top_story: 0, published_at: at, updated_at: at, created_at: at, preview_secret: "s".repeat(32) })
        .returning("id")
        .executeTakeFirstOrThrow();
      await migrate(db);
      await updateArticle(db, id, { body: "New body" }, ana, { now: t(5) });
      const revs = await listRevisions(db, id);
      expect(revs.map((r) => [r.rev, r.createdByLabel])).toEqual([
        [2, "Ana Petrescu"],
        [1, "Before revision history"],
      ]);
      expect((await restoreRevision(db, id, 1, ana)).article.body).toBe("Old body");
    } finally {
      await db.destroy();
      await old.cleanup();
    }
  });
});

describe("listNewsroomArticles", () => {
  it("lists every status, filters by status, creator and text (wildcards taken literally), newest change first", async () => {
    const a = await createDraft(db, { title: "Rates rise 100%", body: "x" }, ana, { now: t(0) });
    const b = await createDraft(db, { title: "Rates fall", body: "x" }, bot, { now: t(1) });
    await createDraft(db, { title: "Weather", summary: "Rain for the RATES meeting", body: "x" }, bot, { now: t(2) });
    await publishArticle(db, b.article.id, {}, ana, { now: t(3) });

    const all = await listNewsroomArticles(db);
    expect(all.total).toBe(3);
    expect(all.items.map((i) => i.title)).toEqual(["Rates fall", "Weather", "Rates rise 100%"]);
    expect((await listNewsroomArticles(db, { status: "published" })).items.map((i) => i.id)).toEqual([b.article.id]);
    expect((await listNewsroomArticles(db, { createdByUserId: 7 })).items.map((i) => i.id)).toEqual([a.article.id]);
    expect((await listNewsroomArticles(db, { q: "rates" })).total).toBe(3);
    expect((await listNewsroomArticles(db, { q: "100%" })).items.map((i) => i.id)).toEqual([a.article.id]);
    expect((await listNewsroomArticles(db, { q: "_" })).total).toBe(0);
    const page = await listNewsroomArticles(db, { limit: 1, offset: 1 });
    expect(page).toMatchObject({ total: 3, items: [{ title: "Weather", status: "draft", createdByUserId: null, blog: null }] });
  });
});

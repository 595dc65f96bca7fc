import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { createDraft, createTranslationDraft, updateArticle, type Actor } from "@/lib/content/article-writes";
import { upsertAuthor } from "@/lib/content/authors";
import { getNewsroomArticle, listNewsroomArticles } from "@/lib/content/newsroom-queries";
import { publishArticle, publishDueArticles, unpublishArticle } from "@/lib/content/publishing";
import { restoreRevision } from "@/lib/content/revisions";
import { linkTranslation, translationGroups, translationsOf, unlinkTranslation } from "@/lib/content/translations";
import { dialectOf, openDb, type Db } from "@/lib/db/connection";
import { migrate, migrations, type Migration } from "@/lib/db/migrations";
import { linkDemoTranslations } from "@/lib/demo/load";
import { seedArticle, type SeedArticle } from "@/lib/demo/seed";
import type { HttpError, ValidationError } from "@/lib/errors";
import { tempDb, tempDbUrl } from "./helpers/temp-db";

/**
 * Translations between editions (issue 13), on both stores: migration 013, linking and unlinking, reads from
 * every side of a story, never a draft for readers, and the rules refused with the field named and nothing written.
 */

let db: Db;
let cleanup: () => Promise<void>;

const ana: Actor = { userId: 7, label: "Ana Petrescu" };
const at = (minute: number) => new Date(Date.UTC(2026, 10, 24, 9, minute));
const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString();

/** The error a write throws, to assert its status, field and message. */
async function failure(p: Promise<unknown>): Promise<HttpError & Partial<ValidationError>> {
  try {
    await p;
  } catch (err) {
    return err as HttpError;
  }
  throw new Error("expected the write to fail");
}

async function counts() {
  const n = async (table: "articles" | "article_revisions" | "search_documents" | "article_authors") =>
    Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n);
  const links = await db.selectFrom("articles").select(["id", "translation_of"]).orderBy("id").execute();
  return { articles: await n("articles"), revisions: await n("article_revisions"), search: await n("search_documents"), bylines: await n("article_authors"), links };
}

const slugsOf = (refs: { slug: string }[]) => refs.map((r) => r.slug);

describe("migration 013", () => {
  let url: string;
  let dropUrl: () => Promise<void>;
  beforeEach(async () => {
    ({ url, cleanup: dropUrl } = await tempDbUrl());
    db = openDb(url);
  });
  afterEach(async () => {
    await db.destroy();
    await dropUrl();
  });

  async function columns(): Promise<string[]> {
    const rows =
      dialectOf(db) === "postgres"
        ? await sql<{ name: string }>`select column_name as name from information_schema.columns where table_schema = current_schema() and table_name = 'articles'`.execute(db)
        : await sql<{ name: string }>`select name from pragma_table_info('articles')`.execute(db);
    return rows.rows.map((r) => r.name);
  }

  async function indexes(): Promise<string[]> {
    const rows =
      dialectOf(db) === "postgres"
        ? await sql<{ name: string }>`select indexname as name from pg_indexes where schemaname = current_schema() and tablename = 'articles'`.execute(db)
        : await sql<{ name: string }>`select name from pragma_index_list('articles')`.execute(db);
    return rows.rows.map((r) => r.name);
  }

  it("adds a nullable translation_of referencing articles, with an index, to articles that existed before", async () => {
    await migrate(db, migrations.filter((m) => m.version < 13));
    const iso = day(1);
    await db
      .insertInto("articles")
      .values({ slug: "before", title: "Before", summary: "", body: "", hero_image_id: null, blog_id: null, language: "en", status: "draft", top_story: 0, published_at: null, updated_at: iso, created_at: iso } as never)
      .execute();
    expect(await columns()).not.toContain("translation_of");
    const result = await migrate(db);
    expect(result.applied.map((m) => m.name)).toEqual(["translations"]);
    expect(await columns()).toContain("translation_of");
    expect(await indexes()).toContain("articles_translation_of");
    expect(await db.selectFrom("articles").select(["slug", "translation_of"]).execute()).toEqual([{ slug: "before", translation_of: null }]);
    // A reference to no article is refused by the store itself (foreign keys are on in SQLite too).
    await expect(db.updateTable("articles").set({ translation_of: 12345 }).where("slug", "=", "before").execute()).rejects.toThrow();
  });

  it("never half-applies: a failure inside it leaves neither the column nor the index nor its version", async () => {
    await migrate(db, migrations.filter((m) => m.version < 13));
    const m013 = migrations.find((m) => m.version === 13)!;
    const broken: Migration = {
      ...m013,
      up: async (trx, dialect) => {
        await m013.up(trx, dialect);
        await sql`this is not sql`.execute(trx);
      },
    };
    await expect(migrate(db, [...migrations.filter((m) => m.version < 13), broken])).rejects.toThrow();
    expect(await columns()).not.toContain("translation_of");
    expect(await indexes()).not.toContain("articles_translation_of");
    expect((await db.selectFrom("schema_migrations").select("version").execute()).map((r) => r.version)).not.toContain(13);
    expect((await migrate(db)).applied.map((m) => m.version)).toEqual([13]);
    expect(await columns()).toContain("translation_of");
  });
});

describe("translations", () => {
  beforeEach(async () => {
    ({ db, cleanup } = await tempDb());
    await upsertAuthor(db, { slug: "ana", name: "Ana Petrescu" });
  });
  afterEach(async () => cleanup());

  const story = (title: string, language: string, extra: Partial<SeedArticle> = {}) =>
    seedArticle(db, { title, slug: `${title.toLowerCase().replace(/ /g, "-")}-${language}`, body: "Text.", language, status: "published", publishedAt: day(1), authorSlugs: ["ana"], ...extra });

  it("links a translation to its source; both read the other, and siblings read each other and the source", async () => {
    const en = await story("Harbour", "en");
    const ru = await story("Harbour", "ru");
    const fa = await story("Harbour", "fa");
    await linkTranslation(db, ru.id, en.id);
    // A translation of a translation is stored pointing at the story's root.
    await linkTranslation(db, fa.id, ru.id);
    const rows = await db.selectFrom("articles").select(["id", "translation_of"]).orderBy("id").execute();
    expect(rows).toEqual([
      { id: en.id, translation_of: null },
      { id: ru.id, translation_of: en.id },
      { id: fa.id, translation_of: en.id },
    ]);
    expect(await translationsOf(db, en.id, { publishedOnly: true })).toEqual([
      { id: ru.id, slug: "harbour-ru", title: "Harbour", language: "ru", edition: "ru", status: "published", source: false },
      { id: fa.id, slug: "harbour-fa", title: "Harbour", language: "fa", edition: "fa", status: "published", source: false },
    ]);
    expect(slugsOf(await translationsOf(db, ru.id, { publishedOnly: true }))).toEqual(["harbour-en", "harbour-fa"]);
    // Each version knows which one is the original.
    expect((await translationsOf(db, fa.id)).map((v) => [v.slug, v.source])).toEqual([["harbour-en", true], ["harbour-ru", false]]);
    expect(slugsOf(await translationsOf(db, fa.id, { publishedOnly: true }))).toEqual(["harbour-en", "harbour-ru"]);
    const many = await translationGroups(db, [en.id, ru.id, fa.id, 999]);
    expect(slugsOf(many.get(fa.id)!)).toEqual(["harbour-en", "harbour-ru"]);
    expect(many.get(999)).toEqual([]);
    expect((await getNewsroomArticle(db, fa.id))?.translationOf).toBe(en.id);
  });

  it("lists versions in the registry's order of editions, whatever the order they were linked in", async () => {
    const fa = await story("Bridge", "fa");
    const ru = await story("Bridge", "ru");
    const en = await story("Bridge", "en");
    await linkTranslation(db, ru.id, fa.id);
    await linkTranslation(db, en.id, fa.id);
    expect(slugsOf(await translationsOf(db, fa.id))).toEqual(["bridge-en", "bridge-ru"]);
    expect(slugsOf(await translationsOf(db, ru.id))).toEqual(["bridge-en", "bridge-fa"]);
    // Arabic sits in the default edition (decision 029), so it counts as the English edition's version.
    const ar = await story("Bridge", "ar");
    expect((await failure(linkTranslation(db, ar.id, fa.id))).message).toMatch(/already has a version in English \(en\): #\d+ “Bridge”/);
  });

  it("never shows readers a draft, a story scheduled for later or an unpublished one; the newsroom sees them all", async () => {
    const en = await story("Ferry", "en");
    const ru = await seedArticle(db, { title: "Паром", slug: "parom", body: "Текст.", language: "ru" });
    // Published with a date to come: hidden until then (what a due schedule becomes).
    const fa = await story("Ferry", "fa", { publishedAt: "2999-01-01T00:00:00.000Z" });
    await linkTranslation(db, ru.id, en.id);
    await linkTranslation(db, fa.id, en.id);
    expect(await translationsOf(db, en.id, { publishedOnly: true })).toEqual([]);
    expect((await translationsOf(db, en.id)).map((r) => [r.slug, r.status])).toEqual([["parom", "draft"], ["ferry-fa", "published"]]);
    // A scheduled one stays hidden until the scheduler has published it.
    const gale = await story("Gale", "en");
    const galeRu = await story("Gale", "ru", { status: "scheduled", publishedAt: "2999-01-01T00:00:00.000Z" });
    await linkTranslation(db, galeRu.id, gale.id);
    const due = new Date("2999-01-02T00:00:00Z");
    expect(await translationsOf(db, gale.id, { publishedOnly: true, now: due })).toEqual([]);
    await publishDueArticles(db, { now: due });
    expect(slugsOf(await translationsOf(db, gale.id, { publishedOnly: true, now: due }))).toEqual(["gale-ru"]);
    // Published, it appears; unpublished again, it is gone; a scheduled one appears when its time has come.
    await publishArticle(db, ru.id, {}, ana);
    expect(slugsOf(await translationsOf(db, en.id, { publishedOnly: true }))).toEqual(["parom"]);
    expect(slugsOf(await translationsOf(db, en.id, { publishedOnly: true, now: new Date("2999-01-02T00:00:00Z") }))).toEqual(["parom", "ferry-fa"]);
    await unpublishArticle(db, ru.id, ana);
    expect(await translationsOf(db, en.id, { publishedOnly: true })).toEqual([]);
    // The source itself is hidden the same way from its translations' pages.
    await publishArticle(db, ru.id, {}, ana);
    await unpublishArticle(db, en.id, ana);
    expect(await translationsOf(db, ru.id, { publishedOnly: true })).toEqual([]);
  });

  it("returns the cache tags of every version's page when linking and unlinking", async () => {
    const en = await story("Tide", "en");
    const ru = await story("Tide", "ru");
    const fa = await seedArticle(db, { title: "Tide", slug: "tide-fa", body: "x", language: "fa" });
    const tags = await linkTranslation(db, ru.id, en.id);
    expect(tags).toEqual(expect.arrayContaining(["article:tide-en", "article:tide-ru", "articles", `translations:${en.id}`, `translations:${ru.id}`]));
    // A draft's page is not public, but the list of versions of every member changes.
    expect(await linkTranslation(db, fa.id, en.id)).toEqual(expect.arrayContaining(["article:tide-en", "article:tide-ru", `translations:${fa.id}`]));
    expect(await linkTranslation(db, fa.id, ru.id)).toEqual([]); // already in that story: nothing changes
    const unlinked = await unlinkTranslation(db, ru.id);
    expect(unlinked).toEqual(expect.arrayContaining(["article:tide-en", "article:tide-ru", `translations:${en.id}`, `translations:${ru.id}`, `translations:${fa.id}`]));
    expect(unlinked).not.toContain("article:tide-fa");
    expect(slugsOf(await translationsOf(db, en.id))).toEqual(["tide-fa"]);
    expect(await translationsOf(db, ru.id)).toEqual([]);
    expect(await unlinkTranslation(db, ru.id)).toEqual([]);
  });

  it("keeps one version per edition when two links into one story race (the story's root is locked)", async () => {
    const en = await story("Race", "en");
    const a = await story("Race a", "ru");
    const b = await story("Race b", "ru");
    const results = await Promise.allSettled([linkTranslation(db, a.id, en.id), linkTranslation(db, b.id, en.id)]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ status: 422, field: "translationOf" });
    expect((await translationsOf(db, en.id)).map((v) => v.edition)).toEqual(["ru"]);
  });

  it("unlinking a story's source keeps its translations linked to each other", async () => {
    const en = await story("Quay", "en");
    const ru = await story("Quay", "ru");
    const fa = await story("Quay", "fa");
    await linkTranslation(db, ru.id, en.id);
    await linkTranslation(db, fa.id, en.id);
    await unlinkTranslation(db, en.id);
    expect(await translationsOf(db, en.id)).toEqual([]);
    expect(slugsOf(await translationsOf(db, ru.id))).toEqual(["quay-fa"]);
    expect(slugsOf(await translationsOf(db, fa.id))).toEqual(["quay-ru"]);
    expect((await db.selectFrom("articles").select("translation_of").where("id", "=", fa.id).executeTakeFirstOrThrow()).translation_of).toBe(ru.id);
  });

  it("refuses a missing source, itself, the same edition and a second version in an edition, naming translationOf, and changes nothing", async () => {
    const en = await story("Dock", "en");
    const ru = await story("Dock", "ru");
    const ru2 = await story("Dock two", "ru");
    const uk = await story("Dock", "uk");
    await linkTranslation(db, ru.id, en.id);
    const before = await counts();
    const cases: [() => Promise<unknown>, RegExp][] = [
      [() => linkTranslation(db, ru2.id, 98765), /There is no article #98765 to translate/],
      [() => linkTranslation(db, ru2.id, ru2.id), /cannot be a translation of itself/],
      [() => linkTranslation(db, ru2.id, ru.id), /is in the same edition as this one, Русский \(ru\): a translation must be in another edition/],
      // The story already has its Russian version (the link would go to en, the root).
      [() => linkTranslation(db, ru2.id, en.id), /already has a version in Русский \(ru\): #\d+ “Dock”/],
      // Ukrainian has no edition of its own: it is in the default edition, as its source is.
      [() => linkTranslation(db, uk.id, en.id), /same edition as this one, English \(en\)/],
      // A source with versions of its own cannot become a translation.
      [() => linkTranslation(db, en.id, ru2.id), /source of other versions/],
    ];
    for (const [write, message] of cases) {
      const err = await failure(write());
      expect(err.status, String(message)).toBe(422);
      expect(err.field, String(message)).toBe("translationOf");
      expect(err.message).toMatch(message);
    }
    expect(await counts()).toEqual(before);
  });

  it("creates a draft in an edition, linked to its source in the same transaction; a refused link writes nothing", async () => {
    const en = await story("Lighthouse", "en");
    const { article, revalidate } = await createDraft(db, { title: "Маяк", slug: "mayak", body: "", edition: "ru", translationOf: en.id, authors: ["ana"] }, ana, { now: at(1) });
    expect(article.language).toBe("ru");
    expect((await getNewsroomArticle(db, article.id))?.translationOf).toBe(en.id);
    expect(revalidate).toEqual(expect.arrayContaining([`translations:${en.id}`, "article:lighthouse-en"]));
    expect(slugsOf(await translationsOf(db, en.id))).toEqual(["mayak"]);

    const before = await counts();
    const refused: [unknown, string, RegExp][] = [
      [{ title: "Маяк 2", body: "", edition: "ru", translationOf: en.id, authors: ["ana"] }, "translationOf", /already has a version in Русский/],
      [{ title: "Lighthouse 2", body: "", edition: "en", translationOf: en.id }, "translationOf", /same edition/],
      [{ title: "فانوس", body: "", edition: "fa", translationOf: 424242 }, "translationOf", /no article #424242/],
      [{ title: "Lighthouse 3", body: "", edition: "xx" }, "edition", /There is no edition "xx": use one of en, ru, fa/],
      [{ title: "Lighthouse 4", body: "", edition: "fa", language: "en" }, "edition", /The language "en" belongs to the English edition \(en\), not to فارسی \(fa\)/],
      [{ title: "Lighthouse 5", body: "", translationOf: "seven" }, "translationOf", /Give translationOf as the id/],
    ];
    for (const [input, field, message] of refused) {
      const err = await failure(createDraft(db, input, ana, { now: at(2) }));
      expect(err.status, String(message)).toBe(422);
      expect(err.field, String(message)).toBe(field);
      expect(err.message).toMatch(message);
    }
    expect(await counts()).toEqual(before);
    // An edition and a language that is its own agree; an Arabic story may say the default edition.
    expect((await createDraft(db, { title: "Fanus", body: "", edition: "fa", language: "fa" }, ana)).article.language).toBe("fa");
    expect((await createDraft(db, { title: "Manara", body: "", edition: "en", language: "ar" }, ana)).article.language).toBe("ar");
    expect((await createDraft(db, { title: "Plain", body: "" }, ana)).article.language).toBe("en");
  });

  it("PATCH sets and clears translationOf without a revision, and a mixed edit does both in one transaction", async () => {
    const en = await story("Pier", "en");
    const ru = await story("Pier", "ru");
    const fa = await story("Pier", "fa");
    const revisions = async (id: number) => (await db.selectFrom("article_revisions").select("rev").where("article_id", "=", id).execute()).length;
    const revs = await revisions(ru.id);
    const linked = await updateArticle(db, ru.id, { translationOf: en.id }, ana);
    expect(linked.revalidate).toEqual(expect.arrayContaining(["article:pier-en", "article:pier-ru"]));
    expect(await revisions(ru.id)).toBe(revs);
    expect(slugsOf(await translationsOf(db, en.id))).toEqual(["pier-ru"]);
    const cleared = await updateArticle(db, ru.id, { translationOf: null }, ana);
    expect(cleared.revalidate).toEqual(expect.arrayContaining(["article:pier-en", "article:pier-ru"]));
    expect(await translationsOf(db, en.id)).toEqual([]);

    // Title and link together: one revision, both written; a refused link leaves the title as it was.
    await updateArticle(db, fa.id, { title: "Pier (fa)", translationOf: en.id }, ana);
    expect((await getNewsroomArticle(db, fa.id))).toMatchObject({ title: "Pier (fa)", translationOf: en.id });
    const err = await failure(updateArticle(db, ru.id, { title: "Renamed", edition: "fa", translationOf: en.id }, ana));
    expect([err.status, err.field]).toEqual([422, "translationOf"]);
    expect((await getNewsroomArticle(db, ru.id))).toMatchObject({ title: "Pier", language: "ru", translationOf: null });
  });

  it("keeps one version per edition when a version's language changes, by an edit or a restored revision", async () => {
    const en = await story("Canal", "en");
    const ru = await story("Canal", "ru");
    await linkTranslation(db, ru.id, en.id);
    const before = await counts();
    for (const patch of [{ language: "en" }, { edition: "en" }, { language: "uk" }]) {
      const err = await failure(updateArticle(db, ru.id, patch, ana));
      expect([err.status, err.field], JSON.stringify(patch)).toEqual([422, "language"]);
      expect(err.message).toMatch(/already has a version in English \(en\)/);
    }
    expect(await counts()).toEqual(before);
    // Moving to a free edition is fine and refreshes the other version's page (its links changed).
    const moved = await updateArticle(db, ru.id, { edition: "fa" }, ana);
    expect(moved.article.language).toBe("fa");
    expect(moved.revalidate).toEqual(expect.arrayContaining(["article:canal-en", `translations:${en.id}`]));
    expect(await translationsOf(db, en.id)).toEqual([expect.objectContaining({ id: ru.id, edition: "fa" })]);
    // Revision 1 was Russian, and the story has no Russian version now: restoring it is allowed.
    await restoreRevision(db, ru.id, 1, ana);
    expect((await getNewsroomArticle(db, ru.id))?.language).toBe("ru");
    // A revision in English is not, while the story's English version is there.
    await updateArticle(db, ru.id, { translationOf: null }, ana);
    const revs = await db.selectFrom("article_revisions").select("rev").where("article_id", "=", ru.id).orderBy("rev", "desc").execute();
    await updateArticle(db, ru.id, { language: "en" }, ana);
    const english = revs[0].rev + 1;
    await updateArticle(db, ru.id, { language: "ru", translationOf: en.id }, ana);
    const err = await failure(restoreRevision(db, ru.id, english, ana));
    expect([err.status, err.field]).toEqual([422, "language"]);
    expect((await getNewsroomArticle(db, ru.id))?.language).toBe("ru");
  });

  it("Translate: a draft in another edition, copied from the source and linked to it", async () => {
    const en = await story("Storm", "en", { summary: "Winds.", heroImage: null });
    const { article } = await createTranslationDraft(db, en.id, "fa", ana, { now: at(3) });
    expect(article).toMatchObject({ status: "draft", language: "fa", title: "Storm", summary: "Winds.", body: "Text.", authors: [{ slug: "ana", name: "Ana Petrescu" }] });
    expect(article.slug).not.toBe("storm-en");
    expect(slugsOf(await translationsOf(db, en.id))).toEqual([article.slug]);
    const again = await failure(createTranslationDraft(db, en.id, "fa", ana));
    expect([again.status, again.field]).toEqual([422, "translationOf"]);
    expect((await failure(createTranslationDraft(db, en.id, "zz", ana))).field).toBe("edition");
    expect((await failure(createTranslationDraft(db, 55555, "ru", ana))).field).toBe("translationOf");
  });

  it("filters the newsroom's list by edition", async () => {
    await story("One", "en");
    await story("One", "uk");
    await story("One", "ru");
    await seedArticle(db, { title: "Draft fa", slug: "draft-fa", body: "", language: "fa" });
    const slugs = async (edition?: string) => (await listNewsroomArticles(db, { edition })).items.map((i) => `${i.slug}:${i.language}`).sort();
    expect(await slugs("fa")).toEqual(["draft-fa:fa"]);
    expect(await slugs("ru")).toEqual(["one-ru:ru"]);
    expect(await slugs("en")).toEqual(["one-en:en", "one-uk:uk"]);
    expect((await slugs()).length).toBe(4);
  });

  it("links the demo's translations by slug once every article is loaded, idempotently", async () => {
    const demo: SeedArticle[] = [
      { title: "Flood", slug: "flood-fa", body: "x", language: "fa", translationOf: "flood-ru" },
      { title: "Flood", slug: "flood-ru", body: "x", language: "ru", translationOf: "flood" },
      { title: "Flood", slug: "flood", body: "x", language: "en" },
    ];
    for (const a of demo) await seedArticle(db, { ...a, status: "published", publishedAt: day(2) });
    expect(await linkDemoTranslations(db, demo)).toBe(2);
    expect(slugsOf(await translationsOf(db, (await db.selectFrom("articles").select("id").where("slug", "=", "flood").executeTakeFirstOrThrow()).id))).toEqual([
      "flood-ru",
      "flood-fa",
    ]);
    const before = await counts();
    expect(await linkDemoTranslations(db, demo)).toBe(0);
    expect(await counts()).toEqual(before);
    await expect(linkDemoTranslations(db, [{ title: "Lost", slug: "flood", body: "x", translationOf: "nowhere" }])).rejects.toThrow(/"nowhere", which no demo article has/);
  });
});

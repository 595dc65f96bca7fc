import type { Db } from "../db/connection";
import { editionList } from "../editions/registry";
import { NotFoundError, ValidationError } from "../errors";
import { visible } from "./articles";
import { cacheTags } from "./cache-tags";
import type { ArticleStatus, TranslationRef } from "./types";
import { editionOfLanguage } from "../editions/paths";

/**
 * Translations between editions (issue 13): one story told in several editions, each version an article of its
 * own with its own status. A group is a source (the root: `translation_of` null) and the articles whose
 * `translation_of` is that root (migration 013); linking to a translation links to its root, so the group stays
 * one level deep. The rules, checked in the write's transaction with the group's root row locked (so two links
 * into one group run one after the other):
 * - a translation is in another edition than its source, and a group has at most one version per edition
 *   (an article's edition follows its language: decision 029);
 * - the source must exist, and an article that is itself the source of versions cannot become a translation.
 * Readers never see a version that is not live: `publishedOnly` reads go through `visible()`.
 */


/** Registry order: how versions are listed (the default edition first, then as the registry lists them). */
const editionRank = new Map(editionList.map((e, i) => [e.code, i]));

const refColumns = ["id", "slug", "title", "language", "status", "translation_of"] as const;
type GroupRow = { id: number; slug: string; title: string; language: string; status: string; translation_of: number | null };

const rootId = (r: { id: number; translation_of: number | null }) => r.translation_of ?? r.id;

function toRef(r: GroupRow): TranslationRef {
  return { id: r.id, slug: r.slug, title: r.title, language: r.language, edition: editionOfLanguage(r.language).code, status: r.status as ArticleStatus, source: r.translation_of === null };
}

function byEdition(a: TranslationRef, b: TranslationRef): number {
  return (editionRank.get(a.edition) ?? Infinity) - (editionRank.get(b.edition) ?? Infinity) || a.id - b.id;
}

/** Ids per query: far below SQLite's and PostgreSQL's limits on bound parameters. */
const CHUNK = 500;

function chunks<T>(list: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += CHUNK) out.push(list.slice(i, i + CHUNK));
  return out;
}

export type TranslationScope = {
  /** Only versions readers may see (published, and not scheduled for later): what every public page must use. */
  publishedOnly?: boolean;
  now?: Date;
};

/**
 * The other versions of each article, keyed by article id (the source and every sibling, never the article
 * itself), each list in the registry's order of editions. An article with no versions, or not found, maps to [].
 * Two queries per 500 articles, for pages that show many (sitemaps with their alternates).
 */
export async function translationGroups(db: Db, articleIds: number[], { publishedOnly = false, now = new Date() }: TranslationScope = {}): Promise<Map<number, TranslationRef[]>> {
  const ids = [...new Set(articleIds)];
  const result = new Map<number, TranslationRef[]>(ids.map((id) => [id, []]));
  const rootOfArticle = new Map<number, number>();
  for (const part of chunks(ids)) {
    for (const r of await db.selectFrom("articles").select(["id", "translation_of"]).where("id", "in", part).execute()) rootOfArticle.set(r.id, rootId(r));
  }
  const roots = [...new Set(rootOfArticle.values())];
  const members = new Map<number, TranslationRef[]>();
  for (const part of chunks(roots)) {
    let q = db
      .selectFrom("articles")
      .select(refColumns.map((c) => `articles.${c}` as const))
      .where((eb) => eb.or([eb("articles.id", "in", part), eb("articles.translation_of", "in", part)]));
    if (publishedOnly) q = q.where(visible(now));
    for (const r of await q.execute()) {
      const list = members.get(rootId(r)) ?? [];
      list.push(toRef(r));
      members.set(rootId(r), list);
    }
  }
  for (const [id, root] of rootOfArticle) {
    result.set(id, (members.get(root) ?? []).filter((m) => m.id !== id).sort(byEdition));
  }
  return result;
}

/**
 * The other versions of an article: its source and siblings (or, for a source, its translations), in the
 * registry's order of editions. `publishedOnly` for every public page; the newsroom sees drafts too.
 */
export async function translationsOf(db: Db, articleId: number, scope: TranslationScope = {}): Promise<TranslationRef[]> {
  return (await translationGroups(db, [articleId], scope)).get(articleId) ?? [];
}

// ---------------------------------------------------------------------------------------------------------------
// Writes. Each takes the caller's transaction (or opens one), returns the cache tags to expire after the commit.

/**
 * Takes the write lock on articles' rows (a no-op UPDATE, as lockArticle in article-writes.ts does: PostgreSQL
 * locks the rows, SQLite the database), in id order so two writes never wait for each other crosswise.
 */
async function lockRows(trx: Db, ids: number[]): Promise<void> {
  for (const id of [...new Set(ids)].sort((a, b) => a - b)) {
    await trx.updateTable("articles").set((eb) => ({ translation_of: eb.ref("translation_of") })).where("id", "=", id).execute();
  }
}

async function row(trx: Db, id: number): Promise<GroupRow | undefined> {
  return trx.selectFrom("articles").select(refColumns).where("id", "=", id).executeTakeFirst();
}

async function groupRows(trx: Db, root: number): Promise<GroupRow[]> {
  return trx
    .selectFrom("articles")
    .select(refColumns)
    .where((eb) => eb.or([eb("id", "=", root), eb("translation_of", "=", root)]))
    .orderBy("id")
    .execute();
}

/**
 * What to expire when a group changes: each member's list of versions, and the page of each live member (its
 * links to the other versions and its hreflang alternates) with the listings (sitemaps carry the alternates).
 */
function groupTags(rows: GroupRow[]): string[] {
  const tags = new Set<string>();
  for (const r of rows) {
    tags.add(cacheTags.translations(r.id));
    if (r.status === "published") {
      tags.add(cacheTags.article(r.slug));
      tags.add(cacheTags.articles);
    }
  }
  return [...tags];
}

const described = (r: GroupRow) => `#${r.id} “${r.title}”`;
const editionName = (language: string) => {
  const e = editionOfLanguage(language);
  return `${e.label} (${e.code})`;
};

export type LinkOptions = {
  /** The input field the errors name: translationOf in the admin API. */
  field?: string;
};

/**
 * Makes article `articleId` a version of `sourceId`'s story (stored pointing at the group's root), in the
 * caller's transaction. Throws ValidationError on `field` when the source is missing, is the article itself, is
 * in the same edition, or when the group already has a version in the article's edition; NotFoundError when the
 * article is missing. Linking to the group it is already in changes nothing.
 */
export async function setTranslationSource(trx: Db, articleId: number, sourceId: number, { field = "translationOf" }: LinkOptions = {}): Promise<string[]> {
  if (sourceId === articleId) throw new ValidationError("An article cannot be a translation of itself: give the id of the story in another edition", field);
  // The article and the source first (a write first: SQLite then holds the write lock from the start), then the
  // story's root, which every write to the story locks, so two links into one story run one after the other.
  await lockRows(trx, [articleId, sourceId]);
  const article = await row(trx, articleId);
  if (!article) throw new NotFoundError(`There is no article #${articleId}: check the id in the newsroom's list`);
  const source = await row(trx, sourceId);
  if (!source) throw new ValidationError(`There is no article #${sourceId} to translate: check the id in the newsroom's list`, field);
  const root = rootId(source);
  await lockRows(trx, [root]);

  const own = await trx.selectFrom("articles").select(["id", "title", "slug", "language", "status", "translation_of"]).where("translation_of", "=", articleId).orderBy("id").execute();
  if (own.length > 0) {
    throw new ValidationError(
      root === articleId
        ? `Article ${described(source)} is already a version of this story, which is its source: nothing to link`
        : `This article is the source of other versions (${own.map(described).join(", ")}), so it cannot become a translation itself: ` +
            `link ${described(source)} to this article instead, or unlink its versions first`,
      field,
    );
  }
  const mine = editionOfLanguage(article.language);
  if (editionOfLanguage(source.language).code === mine.code) {
    throw new ValidationError(
      `Article ${described(source)} is in the same edition as this one, ${editionName(article.language)}: a translation must be in another edition. ` +
        "Choose the story's version in another edition, or change this article's edition first",
      field,
    );
  }
  const members = await groupRows(trx, root);
  const taken = members.find((m) => m.id !== articleId && editionOfLanguage(m.language).code === mine.code);
  if (taken) {
    throw new ValidationError(
      `The story already has a version in ${editionName(article.language)}: ${described(taken)}. An edition holds one version of a story: ` +
        "edit that one, or unlink it from the story first",
      field,
    );
  }
  if (article.translation_of === root) return [];

  const before = article.translation_of === null ? [] : await groupRows(trx, article.translation_of);
  await trx.updateTable("articles").set({ translation_of: root }).where("id", "=", articleId).execute();
  return [...new Set([...groupTags(before), ...groupTags(await groupRows(trx, root))])];
}

/**
 * Takes article `articleId` out of its group of versions, in the caller's transaction. A translation simply
 * stops pointing at its source; a source hands its group on to its oldest translation, so the others stay
 * linked to each other. An article in no group changes nothing.
 */
export async function clearTranslationSource(trx: Db, articleId: number): Promise<string[]> {
  await lockRows(trx, [articleId]);
  const article = await row(trx, articleId);
  if (!article) throw new NotFoundError(`There is no article #${articleId}: check the id in the newsroom's list`);
  if (article.translation_of !== null) {
    await lockRows(trx, [article.translation_of]);
    const before = await groupRows(trx, article.translation_of);
    await trx.updateTable("articles").set({ translation_of: null }).where("id", "=", articleId).execute();
    return groupTags(before);
  }
  const before = await groupRows(trx, articleId);
  const heir = before.find((m) => m.id !== articleId);
  if (!heir) return [];
  await trx.updateTable("articles").set({ translation_of: null }).where("id", "=", heir.id).execute();
  await trx.updateTable("articles").set({ translation_of: heir.id }).where("translation_of", "=", articleId).execute();
  return groupTags(before);
}

/**
 * After an article's language changed (and with it, maybe, its edition), in the write's transaction: refuses
 * the change (ValidationError on `field`) when its group already has a version in the new edition, and returns
 * the tags of the group's pages, whose links to the versions changed. An article in no group: nothing.
 */
export async function checkEditionInGroup(trx: Db, articleId: number, { field = "language" }: LinkOptions = {}): Promise<string[]> {
  const article = await row(trx, articleId);
  if (!article) throw new NotFoundError(`There is no article #${articleId}: check the id in the newsroom's list`);
  const root = rootId(article);
  await lockRows(trx, [root]);
  const members = await groupRows(trx, root);
  if (members.length < 2) return [];
  const mine = editionOfLanguage(article.language).code;
  const taken = members.find((m) => m.id !== articleId && editionOfLanguage(m.language).code === mine);
  if (taken) {
    throw new ValidationError(
      `The story already has a version in ${editionName(article.language)}: ${described(taken)}. An edition holds one version of a story: ` +
        "keep this article in its edition, or unlink it from the story first",
      field,
    );
  }
  return groupTags(members);
}

function inOwnTransaction<T>(db: Db, write: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? write(db) : db.transaction().execute(write);
}

/** Links an article to its source (see setTranslationSource) in a transaction of its own; returns the tags to expire. */
export function linkTranslation(db: Db, articleId: number, sourceId: number, options: LinkOptions = {}): Promise<string[]> {
  return inOwnTransaction(db, (trx) => setTranslationSource(trx, articleId, sourceId, options));
}

/** Unlinks an article from its versions (see clearTranslationSource) in a transaction of its own; returns the tags to expire. */
export function unlinkTranslation(db: Db, articleId: number): Promise<string[]> {
  return inOwnTransaction(db, (trx) => clearTranslationSource(trx, articleId));
}

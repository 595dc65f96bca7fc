import { createDraft, systemActor, updateArticle, type Actor } from "../content/article-writes";
import { registerImages, type ImageInput } from "../content/images";
import { publishArticle, unpublishArticle } from "../content/publishing";
import type { ArticleStatus } from "../content/types";
import type { Db } from "../db/connection";

/** An article with its history in dates: what the demo newsroom (and tests) need to set up. */
export type SeedArticle = {
  slug?: string;
  title: string;
  summary?: string;
  body: string;
  /** With its size: it goes into the media library first, as an upload would. */
  heroImage?: ImageInput | null;
  blogSlug?: string | null;
  authorSlugs?: string[];
  tags?: string[];
  language?: string;
  topStory?: boolean;
  /** Left out: a draft. */
  status?: ArticleStatus;
  /** When it was published (or is due, when scheduled); for a draft, when it was written. */
  publishedAt?: string | null;
  /** When it was last edited after publishing (for an unpublished article, when it was taken down). */
  updatedAt?: string;
  /** Slugs it was published under before, oldest first; each keeps redirecting to the article. */
  previousSlugs?: string[];
  /** The slug of the article (in another edition) this one translates; linked when both are loaded. */
  translationOf?: string;
};

const HOUR = 3600_000;

/**
 * Writes an article through the newsroom's own functions, each with its clock set to a date of the article's
 * history, so it gets what any article gets (revision 1, its search document, the slug rules) and rows that
 * look as if the newsroom had written it then:
 * - createDraft at publishedAt (a draft: at publishedAt or updatedAt if given, else now; scheduled: an hour
 *   before publishedAt), then publishArticle at publishedAt (scheduled: publishArticle with `at`);
 * - each previous slug is the slug it was created and published under, renamed at publishedAt;
 * - updatedAt is an edit then (unpublished: unpublishArticle then).
 * A published article dated in the future is left as publishArticle leaves it at that time: published, and
 * hidden from readers until then.
 */
export async function seedArticle(db: Db, a: SeedArticle, actor: Actor = systemActor): Promise<{ id: number; slug: string }> {
  const status = a.status ?? "draft";
  const published = a.publishedAt ?? null;
  if (status !== "draft" && !published) throw new Error(`"${a.title}": a ${status} article needs publishedAt`);
  const clock = (iso: string) => ({ now: new Date(iso) });
  const written =
    status === "draft"
      ? (published ?? a.updatedAt ?? new Date().toISOString())
      : status === "scheduled"
        ? new Date(Date.parse(published!) - HOUR).toISOString()
        : published!;
  const slugs = a.previousSlugs?.length ? [...a.previousSlugs, a.slug] : [a.slug];
  if (slugs.length > 1 && !a.slug) throw new Error(`"${a.title}": give the current slug with previousSlugs`);

  if (a.heroImage) await registerImages(db, [a.heroImage]);
  const hero = a.heroImage ? { src: a.heroImage.src, alt: a.heroImage.alt, caption: a.heroImage.caption, credit: a.heroImage.credit } : null;
  const { article } = await createDraft(
    db,
    {
      title: a.title,
      slug: slugs[0],
      summary: a.summary,
      body: a.body,
      heroImage: hero,
      blog: a.blogSlug ?? null,
      authors: a.authorSlugs ?? [],
      tags: a.tags ?? [],
      language: a.language,
    },
    actor,
    { ...clock(written), topStory: a.topStory ?? false },
  );
  const id = article.id;
  if (status === "draft") return { id, slug: article.slug };
  if (status === "scheduled") {
    const { article: scheduled } = await publishArticle(db, id, { at: published }, actor, clock(written));
    return { id, slug: scheduled.slug };
  }
  await publishArticle(db, id, {}, actor, clock(published!));
  let slug = article.slug;
  for (const next of slugs.slice(1)) slug = (await updateArticle(db, id, { slug: next }, actor, clock(published!))).article.slug;
  if (status === "unpublished") await unpublishArticle(db, id, actor, clock(a.updatedAt ?? published!));
  else if (a.updatedAt && a.updatedAt !== published) await updateArticle(db, id, { body: a.body }, actor, clock(a.updatedAt));
  return { id, slug };
}

import { sql, type Kysely } from "kysely";

/**
 * Gives every article without a revision (written before migration 4, or by the old demo loader and article
 * generator) its current content as revision 1, dated by its last change, so it can be restored like any other.
 * Every write records one since, so this is the last place that makes up for an article without history.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const articles = await sql<{
    id: number;
    title: string;
    slug: string;
    summary: string;
    body: string;
    hero_image_id: number | null;
    blog_id: number | null;
    language: string;
    updated_at: string;
  }>`select id, title, slug, summary, body, hero_image_id, blog_id, language, updated_at from articles a
     where not exists (select 1 from article_revisions r where r.article_id = a.id) order by id`.execute(db);
  for (const a of articles.rows) {
    const authors = await sql<{ slug: string }>`select au.slug from article_authors aa join authors au on au.id = aa.author_id
       where aa.article_id = ${a.id} order by aa.position`.execute(db);
    const tags = await sql<{ name: string }>`select t.name from article_tags at join tags t on t.id = at.tag_id
       where at.article_id = ${a.id} order by t.name`.execute(db);
    await sql`insert into article_revisions (article_id, rev, title, slug, summary, body, hero_image_id, blog_id, language,
       authors_json, tags_json, created_at, created_by_label, created_by_user_id)
       values (${a.id}, 1, ${a.title}, ${a.slug}, ${a.summary}, ${a.body}, ${a.hero_image_id}, ${a.blog_id}, ${a.language},
       ${JSON.stringify(authors.rows.map((r) => r.slug))}, ${JSON.stringify(tags.rows.map((r) => r.name))}, ${a.updated_at},
       'Before revision history', null)`.execute(db);
  }
}

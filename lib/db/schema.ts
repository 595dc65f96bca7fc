import type { Generated } from "kysely";

/**
 * The tables as Kysely sees them. Times are ISO-8601 UTC strings ("2026-11-24T09:30:00.000Z") in both stores:
 * they sort correctly as text, and one set of queries serves SQLite and PostgreSQL.
 */
export interface Database {
  schema_migrations: { version: number; name: string; applied_at: string };
  images: {
    id: Generated<number>;
    src: string;
    width: number;
    height: number;
    alt: string;
    caption: string | null;
    credit: string | null;
  };
  authors: {
    id: Generated<number>;
    slug: string;
    name: string;
    bio: string;
    photo_id: number | null;
  };
  blogs: {
    id: Generated<number>;
    slug: string;
    title: string;
    description: string;
    about: string;
    language: string;
    cover_image_id: number | null;
  };
  /** description: shown on the topic page (/tags/<slug>); "" for none. */
  tags: { id: Generated<number>; slug: string; name: string; description: Generated<string> };
  articles: {
    id: Generated<number>;
    slug: string;
    title: string;
    summary: string;
    body: string;
    hero_image_id: number | null;
    blog_id: number | null;
    language: string;
    status: ArticleStatusColumn;
    /** 1 when editors pin the story to the home page's top stories. */
    top_story: number;
    published_at: string | null;
    updated_at: string;
    created_at: string;
    /** Signs the article's preview links; replacing it revokes them all (lib/newsroom/preview-tokens.ts). */
    preview_secret: Generated<string>;
    created_by_user_id: number | null;
    /**
     * The root of the article's group of translations (the story it translates), or null: a source, or an article
     * with no versions in other editions. Never a translation itself (migration 013); write it only through
     * lib/content/translations.ts, which keeps each edition to one version per group.
     */
    translation_of: number | null;
  };
  article_authors: { article_id: number; author_id: number; position: number };
  article_tags: { article_id: number; tag_id: number };
  /** Slugs an article had before; requests for them redirect (308) to the current slug. */
  article_slugs: { slug: string; article_id: number };
  /** Breaking-news banner items. Write them only through lib/breaking/store.ts, which bumps breaking_version. */
  breaking_items: {
    id: Generated<number>;
    headline: string;
    link: string | null;
    language: Generated<string>;
    priority: Generated<"breaking" | "developing">;
    posted_at: string;
    expires_at: string | null;
    withdrawn_at: string | null;
    updated_at: string;
  };
  /** One row (id 1): a counter bumped by every write to breaking_items, read cheaply by the snapshot. */
  breaking_version: { id: number; version: number };
  /** Every save of an article's content, numbered 1, 2, 3… per article. Written only by lib/content/article-writes.ts. */
  article_revisions: {
    id: Generated<number>;
    article_id: number;
    rev: number;
    title: string;
    slug: string;
    summary: string;
    body: string;
    hero_image_id: number | null;
    blog_id: number | null;
    language: string;
    /** JSON array of author slugs, in byline order. */
    authors_json: string;
    /** JSON array of tag names. */
    tags_json: string;
    created_at: string;
    /** A person's name, or "API key <name>". */
    created_by_label: string;
    created_by_user_id: number | null;
  };
  /** Newsroom staff. Read and write through lib/newsroom/users.ts; email is stored lowercased. */
  users: {
    id: Generated<number>;
    email: string;
    name: string;
    role: RoleColumn;
    password_hash: string;
    created_at: string;
    disabled_at: string | null;
  };
  /** Signed-in sessions; id is sha256(token), the token itself is only in the cookie. See lib/newsroom/sessions.ts. */
  sessions: {
    id: string;
    user_id: number;
    created_at: string;
    expires_at: string;
    last_seen_at: string;
    user_agent: string | null;
    ip: string | null;
  };
  /** API keys for scripts and integrations, stored as sha256(key). See lib/newsroom/api-keys.ts. */
  api_keys: {
    id: Generated<number>;
    name: string;
    key_hash: string;
    prefix: string;
    role: Generated<RoleColumn>;
    created_at: string;
    last_used_at: string | null;
    revoked_at: string | null;
  };
  /**
   * Sign-in attempts by "pair:<address> <email>", "email:<email>" and "ip:<address>", for rate limits shared by
   * every process (lib/newsroom/sign-in.ts); `attempt` names the rows of one attempt (null before migration 10).
   */
  login_attempts: { key: string; attempted_at: string; succeeded: number; attempt: string | null };
  /**
   * What site search reads for each article: plain text (Markdown already removed), one row per article whatever
   * its status (visibility is decided at query time). Written only by lib/content/search-documents.ts, in the article's own
   * write transaction; in SQLite the FTS5 index search_fts follows it through triggers. In PostgreSQL a trigger
   * fills its `tsv` column (migration 008), left out of this type: only lib/search/postgres.ts reads it, in raw SQL.
   */
  search_documents: { article_id: number; title: string; summary: string; body: string; authors: string; tags: string };
  /**
   * Uploaded image bytes, shared by every instance; served at /media/<name>. Written once by lib/media/uploads.ts,
   * which also deletes unused ones. The uploader (a user or an API key) is null for files from before migration 011.
   */
  media_files: {
    name: string;
    content_type: string;
    byte_size: number;
    bytes: Buffer;
    created_at: string;
    uploaded_by_user_id: number | null;
    uploaded_by_key_id: number | null;
  };
}

export type ArticleStatusColumn = "draft" | "scheduled" | "published" | "unpublished";
export type RoleColumn = "writer" | "editor" | "admin";

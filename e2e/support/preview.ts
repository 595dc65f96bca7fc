import type { APIRequestContext } from "@playwright/test";
import Database from "better-sqlite3";
import { auth } from "./api";
import { authorWithArticles, biggestBlog, usedTag } from "./content";
import { E2E_DB_PATH } from "./env";

/**
 * Drafts for the preview and leak specs, created through the admin API as the newsroom would. Each carries a
 * marker word found nowhere else, in its title, summary, body and slug, so any page that shows the draft (or
 * links to it) is caught by a plain text search.
 */
export const v1 = "/api/admin/v1";

export type Draft = {
  id: number;
  slug: string;
  previewUrl: string;
  marker: string;
  /** Text only the draft's own page shows (its URL, and so the marker, is echoed by any 404 for that URL). */
  content: string[];
  author: string;
  tag: string;
  blog: string;
};

/** A lowercase word no other test or article uses. */
export function uniqueMarker(): string {
  return `zq${Date.now().toString(36)}${Math.floor(Math.random() * 1e9).toString(36)}`;
}

function anyImage(): { src: string; alt: string } {
  const db = new Database(E2E_DB_PATH, { readonly: true, fileMustExist: true });
  try {
    return db.prepare("select src, alt from images where alt <> '' order by id limit 1").get() as { src: string; alt: string };
  } finally {
    db.close();
  }
}

export async function createDraft(request: APIRequestContext, key: string, { hero = true }: { hero?: boolean } = {}): Promise<Draft> {
  const marker = uniqueMarker();
  const title = `Council budget talks ${marker}`;
  const summary = `Draft summary ${marker} for the preview tests.`;
  const paragraph = `The first paragraph mentions ${marker}.`;
  const author = authorWithArticles();
  const tag = usedTag();
  const blog = biggestBlog();
  const res = await request.post(`${v1}/articles`, {
    headers: auth(key),
    data: {
      title,
      slug: `preview-${marker}`,
      summary,
      body: `${paragraph}\n\nA second paragraph, so the body has some length.`,
      blog: blog.slug,
      authors: [author.slug],
      tags: [tag.name],
      language: "en",
      ...(hero ? { heroImage: { ...anyImage(), caption: `Caption ${marker}` } } : {}),
    },
  });
  if (res.status() !== 201) throw new Error(`Creating a draft failed: ${res.status()} ${await res.text()}`);
  const dto = (await res.json()) as { id: number; slug: string; previewUrl: string };
  return { id: dto.id, slug: dto.slug, previewUrl: dto.previewUrl, marker, content: [title, summary, paragraph], author: author.slug, tag: tag.slug, blog: blog.slug };
}

/** The token in a preview URL. */
export function tokenOf(previewUrl: string): string {
  return new URL(previewUrl).searchParams.get("token") ?? "";
}

/** The preview URL as a path on the test server (the DTO's is absolute, built from SITE_URL). */
export function previewPath(previewUrl: string): string {
  const url = new URL(previewUrl);
  return `${url.pathname}${url.search}`;
}

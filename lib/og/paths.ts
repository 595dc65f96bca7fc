import { createHash } from "node:crypto";

/**
 * Where an article's share image lives: /og/a/<slug>.png, a stable path, with a version from what the picture is
 * drawn from. A changed headline or hero gives a new URL, so social networks and caches that keep an image for
 * long fetch the new one, while the path itself never moves.
 */
export type ShareImageSource = { slug: string; title: string; updatedAt: string; heroImage: { src: string } | null; blog: { title: string } | null };

export const shareImageBase = "/og/a";

/** The size Open Graph and X's large card expect. */
export const SHARE_IMAGE_WIDTH = 1200;
export const SHARE_IMAGE_HEIGHT = 630;

export function shareImageVersion(a: ShareImageSource): string {
  return createHash("sha256")
    .update(JSON.stringify([a.title, a.updatedAt, a.heroImage?.src ?? null, a.blog?.title ?? null]))
    .digest("hex")
    .slice(0, 12);
}

export function shareImagePath(a: ShareImageSource): string {
  return `${shareImageBase}/${encodeURIComponent(a.slug)}.png?v=${shareImageVersion(a)}`;
}

/** The slug in a share image's file name (`<slug>.png`), or null for any other name. */
export function slugFromShareImageName(name: string): string | null {
  const m = /^(.+)\.png$/.exec(name);
  return m ? m[1] : null;
}

type AltSource = { title: string; heroImage: { src: string; alt: string } | null; blog: { title: string } | null };

/** Whether the share image will be the hero picture: only pictures this site holds are used, never fetched ones. */
export function sharesHero(article: { heroImage: { src: string } | null }): boolean {
  const src = article.heroImage?.src ?? "";
  return src.startsWith("/") && !src.startsWith("//");
}

/** What the share image shows, for its alt text: the hero's own description, or the card's words. */
export function shareImageAlt(article: AltSource, siteName: string): string {
  if (sharesHero(article) && article.heroImage?.alt) return article.heroImage.alt;
  return `${article.title} · ${article.blog?.title ?? siteName}`;
}

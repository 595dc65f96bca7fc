import type { Db } from "../db/connection";
import type { ArticleSummary } from "../content/types";
import { edition } from "../site";
import { renderCard } from "./card";
import { heroBytes, renderHeroImage } from "./hero";
import { sharesHero } from "./paths";

/**
 * An article's share image (PNG, 1200×630): its hero picture when the site holds it, else a card with the
 * headline and the blog's name (or the site's). Callers pass published articles only.
 */
export type ShareImageArticle = Pick<ArticleSummary, "title" | "language" | "heroImage" | "blog">;

export type ShareImageSite = { name: string; host: string };

export async function renderShareImage(db: Db, article: ShareImageArticle, site: ShareImageSite): Promise<Buffer> {
  if (article.heroImage && sharesHero(article)) {
    const bytes = await heroBytes(db, article.heroImage.src);
    const picture = bytes ? await renderHeroImage(bytes) : null;
    if (picture) return picture;
  }
  return renderCard({
    headline: article.title,
    label: article.blog?.title ?? site.name,
    footer: article.blog ? `${site.name} · ${site.host}` : site.host,
    dir: edition(article.language).dir,
  });
}

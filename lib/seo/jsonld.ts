import type { Article, TranslationRef } from "../content/types";
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH, shareImagePath } from "../og/paths";
import { editionOfLanguage } from "../editions/paths";
import { absoluteUrl, articlePath, authorPath, blogPath, homePath } from "../urls";

/**
 * schema.org structured data for search engines, as plain objects. Pages render them with `jsonLdScriptProps`,
 * which is the only safe way to put them in a <script> element.
 */
export type JsonLd = { "@context"?: string; "@type": string; [key: string]: unknown };

/** The newsroom, as the edition an article belongs to names it. */
function publisher(siteUrl: string, lang: string): JsonLd {
  const e = editionOfLanguage(lang);
  return {
    "@type": "Organization",
    name: e.siteName,
    url: absoluteUrl(siteUrl, homePath(e.code)),
    logo: { "@type": "ImageObject", url: absoluteUrl(siteUrl, "/logo.png") },
  };
}

/**
 * A NewsArticle for the news section, a BlogPosting for a post in a blog. `versions`, its published versions in other
 * editions: the original lists its translations (workTranslation), a translation names its original
 * (translationOfWork).
 */
export function articleJsonLd(article: Article, siteUrl: string, versions: TranslationRef[] = []): JsonLd {
  const url = absoluteUrl(siteUrl, articlePath(article.slug, article.language));
  const code = editionOfLanguage(article.language).code;
  const image = article.heroImage;
  return {
    "@context": "https://schema.org",
    "@type": article.blog ? "BlogPosting" : "NewsArticle",
    // The page's URL once as `url` and as the page it is the main entity of (schema.org takes a URL there): no
    // "@id" repeating it. Each byte here is sent twice, in the HTML and in the RSC payload (issue 12's budget).
    url,
    mainEntityOfPage: url,
    headline: article.title,
    ...(article.summary ? { description: article.summary } : {}),
    ...(article.publishedAt ? { datePublished: article.publishedAt } : {}),
    dateModified: article.updatedAt,
    inLanguage: article.language,
    // Search engines want an author; an unsigned piece is the newsroom's own.
    author: article.authors.length
      ? article.authors.map((a) => ({ "@type": "Person", name: a.name, url: absoluteUrl(siteUrl, authorPath(a.slug, code)) }))
      : [publisher(siteUrl, article.language)],
    ...(image
      ? {
          image: [
            {
              "@type": "ImageObject",
              url: absoluteUrl(siteUrl, image.src),
              width: image.width,
              height: image.height,
              ...(image.caption ? { caption: image.caption } : {}),
              ...(image.credit ? { creditText: image.credit } : {}),
            },
          ],
        }
      : // Without a hero, the share card (headline and blog on the brand colour) is the article's picture.
        { image: [{ "@type": "ImageObject", url: absoluteUrl(siteUrl, shareImagePath(article)), width: SHARE_IMAGE_WIDTH, height: SHARE_IMAGE_HEIGHT }] }),
    ...(article.tags.length ? { keywords: article.tags.map((t) => t.name) } : {}),
    publisher: publisher(siteUrl, article.language),
    ...translationLinks(versions, siteUrl),
    ...(article.blog
      ? {
          isPartOf: {
            "@type": "Blog",
            name: article.blog.title,
            url: absoluteUrl(siteUrl, blogPath(article.blog.slug, article.language)),
          },
        }
      : {}),
  };
}

function translationLinks(versions: TranslationRef[], siteUrl: string): Record<string, unknown> {
  const work = (v: TranslationRef) => ({ "@type": "CreativeWork", "@id": absoluteUrl(siteUrl, articlePath(v.slug, v.language)), inLanguage: v.language });
  const source = versions.find((v) => v.source);
  if (source) return { translationOfWork: work(source) };
  return versions.length ? { workTranslation: versions.map(work) } : {};
}

/** The trail from the home page to the current page, in order. */
export function breadcrumbJsonLd(items: { name: string; path: string }[], siteUrl: string): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: items.map((item, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: item.name,
      item: absoluteUrl(siteUrl, item.path),
    })),
  };
}

const unsafe: Record<string, string> = {
  "<": "\\u003c",
  ">": "\\u003e",
  "&": "\\u0026",
  "\u2028": "\\u2028",
  "\u2029": "\\u2029",
};

/**
 * JSON for inside a <script> element. The HTML parser ends the script at "</script" and treats "<!--" specially
 * whatever the JSON means, so <, > and & are written as \u escapes (still the same JSON); U+2028/2029 are
 * escaped for older JavaScript parsers that read the block as script.
 */
export function serializeJsonLd(data: object | object[]): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => unsafe[c]);
}

/** Props for `<script {...jsonLdScriptProps(data)} />`. */
export function jsonLdScriptProps(data: object | object[]): {
  type: "application/ld+json";
  dangerouslySetInnerHTML: { __html: string };
} {
  return { type: "application/ld+json", dangerouslySetInnerHTML: { __html: serializeJsonLd(data) } };
}

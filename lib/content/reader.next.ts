import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "../db/connection";
import { pageArticles, listArticles, listArticlesWithBody, resolveArticleSlug, type ListFilter } from "./articles";
import { getPublicAuthor } from "./authors";
import { getBlog, listBlogs } from "./blogs";
import { imageSizesBySrc } from "./images";
import { relatedArticles, type RelatedOf } from "./related";
import { translationsOf } from "./translations";
import { getTopic } from "./topics";
import { cacheTags } from "./cache-tags";
import { site } from "../site";

/**
 * The reader side of the content library, wrapped in Next.js's data cache with tags (this file's name says it
 * uses Next.js). Pages call only these; writes revalidate the tags in cache-tags.ts and the pages that read
 * them are regenerated on their next request.
 */
const revalidate = site.revalidateSeconds;

export const readArticle = (slug: string) =>
  unstable_cache(() => resolveArticleSlug(db(), slug), ["article", slug], {
    tags: [cacheTags.article(slug), cacheTags.articles],
    revalidate,
  })();

export const readBlog = (slug: string) =>
  unstable_cache(() => getBlog(db(), slug), ["blog", slug], { tags: [cacheTags.blog(slug), cacheTags.blogs], revalidate })();

export const readBlogs = unstable_cache(() => listBlogs(db()), ["blogs"], { tags: [cacheTags.blogs], revalidate });

/**
 * An author's page exists only while a published article carries their byline (getPublicAuthor), so it is tagged
 * with `articles` too: the first publish brings it to life, the last unpublish takes it away.
 */
export const readAuthor = (slug: string) =>
  unstable_cache(() => getPublicAuthor(db(), slug), ["public-author", slug], { tags: [cacheTags.author(slug), cacheTags.articles], revalidate })();

export const readLatest = (filter: ListFilter & { limit: number }) =>
  unstable_cache(() => listArticles(db(), filter), ["latest", JSON.stringify(filter)], { tags: [cacheTags.articles], revalidate })();

export const readPage = (filter: ListFilter & { page: number; pageSize: number }) =>
  unstable_cache(() => pageArticles(db(), filter), ["page", JSON.stringify(filter)], { tags: [cacheTags.articles], revalidate })();

export const readFeedItems = (filter: ListFilter & { limit: number }) =>
  unstable_cache(() => listArticlesWithBody(db(), filter), ["feed", JSON.stringify(filter)], {
    tags: [cacheTags.articles],
    revalidate,
  })();

export const readImageSizes = (srcs: string[]) =>
  unstable_cache(() => imageSizesBySrc(db(), srcs), ["image-sizes", ...srcs], { tags: [cacheTags.articles], revalidate })();

/** Related stories for an article page. Tagged `articles`: any publish or unpublish may change the list. */
export const readRelated = (of: RelatedOf) =>
  unstable_cache(() => relatedArticles(db(), of), ["related", String(of.id), String(of.blogId)], { tags: [cacheTags.articles], revalidate })();

/**
 * A topic (/tags/<slug>) and its lists. Tagged with the tag and with `articles`, because whether the topic exists
 * at all depends on its published articles: the first publish with the tag brings the page to life, the last
 * unpublish takes it away.
 */
const topicTags = (slug: string) => [cacheTags.tag(slug), cacheTags.articles];

export const readTopic = (slug: string) =>
  unstable_cache(() => getTopic(db(), slug), ["topic", slug], { tags: topicTags(slug), revalidate })();

/** A page of a topic's articles in one edition (its code). */
export const readTopicPage = (topic: { id: number; slug: string }, page: number, edition: string) =>
  unstable_cache(() => pageArticles(db(), { tagId: topic.id, edition, page, pageSize: site.pageSize }), ["topic-page", topic.slug, String(topic.id), String(page), edition], {
    tags: topicTags(topic.slug),
    revalidate,
  })();

export const readTopicFeedItems = (topic: { id: number; slug: string }, limit: number, edition: string) =>
  unstable_cache(() => listArticlesWithBody(db(), { tagId: topic.id, edition, limit }), ["topic-feed", topic.slug, String(topic.id), String(limit), edition], {
    tags: topicTags(topic.slug),
    revalidate,
  })();

/**
 * An article page's other versions ("Also in …", hreflang alternates): published ones only, in the editions'
 * order, each a TranslationRef. Tagged with the article's own translations tag, which linking or unlinking any
 * version of its story expires, and with `articles`, which every publish, unpublish and edit of a live version
 * expires.
 */
export const readTranslations = (articleId: number) =>
  unstable_cache(() => translationsOf(db(), articleId, { publishedOnly: true }), ["translations", String(articleId)], {
    tags: [cacheTags.translations(articleId), cacheTags.articles],
    revalidate,
  })();

import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "../db/connection";
import { pageArticles, listArticles, listArticlesWithBody, resolveArticleSlug, type ListFilter } from "./articles";
import { getAuthor } from "./authors";
import { getBlog, listBlogs } from "./blogs";
import { imageSizesBySrc } from "./images";
import { getTag } from "./tags";
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

export const readAuthor = (slug: string) =>
  unstable_cache(() => getAuthor(db(), slug), ["author", slug], { tags: [cacheTags.author(slug)], revalidate })();

export const readLatest = (filter: ListFilter & { limit: number }) =>
  unstable_cache(() => listArticles(db(), filter), ["latest", JSON.stringify(filter)], { tags: [cacheTags.articles], revalidate })();

export const readPage = (filter: ListFilter & { page: number; pageSize: number }) =>
  unstable_cache(() => pageArticles(db(), filter), ["page", JSON.stringify(filter)], { tags: [cacheTags.articles], revalidate })();

export const readFeedItems = (filter: ListFilter & { limit: number }) =>
  unstable_cache(() => listArticlesWithBody(db(), filter), ["feed", JSON.stringify(filter)], {
    tags: [cacheTags.articles],
    revalidate,
  })();

export const readTag = (slug: string) =>
  unstable_cache(() => getTag(db(), slug), ["tag", slug], { tags: [cacheTags.tag(slug)], revalidate })();

export const readImageSizes = (srcs: string[]) =>
  unstable_cache(() => imageSizesBySrc(db(), srcs), ["image-sizes", ...srcs], { tags: [cacheTags.articles], revalidate })();

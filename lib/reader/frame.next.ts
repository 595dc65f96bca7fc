import "server-only";
import { readBreakingForPage } from "../breaking/page-cache.next";
import { config } from "../config";
import { readBlogs } from "../content/reader.next";
import type { EditionInfo } from "../editions/registry";
import { inEdition } from "../editions/paths";

/**
 * What the page frame around every reader page of an edition shows: the edition's blogs in the navigation and its
 * live breaking news (an item's edition is its language's).
 */
export async function loadFrame(edition: EditionInfo) {
  const [blogs, breaking] = await Promise.all([readBlogs(), readBreakingForPage(edition.lang)]);
  return {
    blogs: blogs.filter((b) => inEdition(b.language, edition.code)),
    breaking,
    pollSeconds: config().breakingPollSeconds,
  };
}

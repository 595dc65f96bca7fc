import "server-only";
import { readBreakingForPage } from "../breaking/page-cache.next";
import { config } from "../config";
import { readBlogs } from "../content/reader.next";

/** What the page frame around every reader page shows: the blogs in the navigation and the live breaking news. */
export async function loadFrame() {
  const [blogs, breaking] = await Promise.all([readBlogs(), readBreakingForPage()]);
  return { blogs, breaking, pollSeconds: config().breakingPollSeconds };
}

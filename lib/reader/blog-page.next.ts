import "server-only";
import { readBlog, readLatest, readPage } from "../content/reader.next";
import { site } from "../site";

/** Everything a blog landing page shows, for page n; null when the blog or the page does not exist. */
export async function loadBlogPage(slug: string, page: number) {
  const blog = await readBlog(slug);
  if (!blog) return null;
  const posts = await readPage({ blogId: blog.id, page, pageSize: site.pageSize });
  if (page > 1 && page > posts.pageCount) return null;
  const latest = page > 1 ? await readLatest({ blogId: blog.id, limit: 5 }) : [];
  return { blog, posts, latest };
}

import { getBlog, upsertBlog } from "@/lib/content/blogs";
import { blogPatchSchema } from "@/lib/content/blog-author-schema";
import { cacheTags } from "@/lib/content/cache-tags";
import { revalidateContent } from "@/lib/content/revalidate.next";
import { db } from "@/lib/db/connection";
import { NotFoundError } from "@/lib/errors";
import { adminRoute, readJson } from "@/lib/newsroom/http.next";
import { requirePermission } from "@/lib/newsroom/roles";
import { parseInput } from "@/lib/validation";

export const dynamic = "force-dynamic";

export const PATCH = adminRoute<{ slug: string }>(async (request, { principal, params }) => {
  requirePermission(principal, "blog:write");
  const current = await getBlog(db(), params.slug);
  if (!current) throw new NotFoundError(`There is no blog "${params.slug}"`);
  const patch = parseInput(blogPatchSchema, await readJson(request), "Send a JSON object with title, description, about or language");
  await upsertBlog(db(), { slug: current.slug, title: current.title, description: current.description, about: current.about, language: current.language, ...patch });
  // The blog's title shows in the navigation of every page, its texts on its own pages and its posts.
  revalidateContent([cacheTags.blogs, cacheTags.blog(current.slug), cacheTags.articles]);
  return Response.json(await getBlog(db(), current.slug));
});

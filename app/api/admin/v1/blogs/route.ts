import { getBlog, upsertBlog } from "@/lib/content/blogs";
import { blogCreateSchema } from "@/lib/content/blog-author-schema";
import { cacheTags } from "@/lib/content/cache-tags";
import { revalidateContent } from "@/lib/content/revalidate.next";
import { slugify } from "@/lib/content/tags";
import { db } from "@/lib/db/connection";
import { ConflictError } from "@/lib/errors";
import { adminRoute, readJson } from "@/lib/newsroom/http.next";
import { requirePermission } from "@/lib/newsroom/roles";
import { parseInput } from "@/lib/validation";

export const dynamic = "force-dynamic";

export const POST = adminRoute(async (request, { principal }) => {
  requirePermission(principal, "blog:write");
  const input = parseInput(blogCreateSchema, await readJson(request), "Send a JSON object with title (and slug, description, about)");
  const slug = input.slug ?? slugify(input.title);
  if (await getBlog(db(), slug)) throw new ConflictError(`A blog with the slug "${slug}" exists: PATCH /blogs/${slug} to change it`, "slug");
  await upsertBlog(db(), { ...input, slug });
  revalidateContent([cacheTags.blogs, cacheTags.blog(slug)]);
  return Response.json(await getBlog(db(), slug), { status: 201 });
});

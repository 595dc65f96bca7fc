import { getAuthor, upsertAuthor } from "@/lib/content/authors";
import { authorCreateSchema } from "@/lib/content/blog-author-schema";
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
  requirePermission(principal, "author:write");
  const input = parseInput(authorCreateSchema, await readJson(request), "Send a JSON object with name (and slug, bio)");
  const slug = input.slug ?? slugify(input.name);
  if (await getAuthor(db(), slug)) throw new ConflictError(`An author with the slug "${slug}" exists`, "slug");
  await upsertAuthor(db(), { slug, name: input.name, bio: input.bio });
  revalidateContent([cacheTags.author(slug)]);
  return Response.json(await getAuthor(db(), slug), { status: 201 });
});

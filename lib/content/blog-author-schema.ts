import { z } from "zod";

/** What the newsroom may send for a blog or an author. Slugs are URL segments: lowercase letters, digits, hyphens. */
const slug = z
  .string()
  .trim()
  .regex(/^[\p{Ll}\p{Lo}\p{N}]+(-[\p{Ll}\p{Lo}\p{N}]+)*$/u, { message: "Use lowercase letters, digits and single hyphens, e.g. field-notes" })
  .max(80, { message: "Keep the slug to 80 characters" });

export const blogCreateSchema = z.object({
  slug: slug.optional(),
  title: z.string().trim().min(1, { message: "Give the blog a title" }).max(120, { message: "Keep the title to 120 characters" }),
  description: z.string().trim().max(300, { message: "Keep the description to 300 characters" }).optional(),
  about: z.string().trim().max(3000, { message: "Keep About This Blog to 3,000 characters" }).optional(),
  language: z.string().regex(/^[a-z]{2,8}$/, { message: "Use a language code such as en or fa" }).optional(),
});

export const blogPatchSchema = blogCreateSchema
  .omit({ slug: true })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: "Nothing to change: send title, description, about or language" });

export const authorCreateSchema = z.object({
  slug: slug.optional(),
  name: z.string().trim().min(1, { message: "Give the author's name" }).max(120, { message: "Keep the name to 120 characters" }),
  bio: z.string().trim().max(1000, { message: "Keep the bio to 1,000 characters" }).optional(),
});

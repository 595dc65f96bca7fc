import type { Metadata } from "next";
import { readBlogs } from "@/lib/content/reader.next";
import { ui } from "@/lib/i18n/ui";
import { siteUrl, defaultLanguage } from "@/lib/site";

export const revalidate = 300;

export const metadata: Metadata = { title: ui(defaultLanguage).blogs, alternates: { canonical: siteUrl("/blogs") } };

export default async function BlogsIndex() {
  const t = ui(defaultLanguage);
  const blogs = await readBlogs();
  return (
    <div className="max-w-3xl">
      <h1 className="font-serif text-3xl font-bold sm:text-4xl">{t.blogs}</h1>
      <ul className="mt-4 divide-y divide-rule">
        {blogs.map((b) => (
          <li key={b.slug} className="py-4" lang={b.language}>
            <h2 className="font-serif text-xl font-bold"><a href={`/blogs/${b.slug}`}>{b.title}</a></h2>
            <p className="mt-1 text-muted">{b.description}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}

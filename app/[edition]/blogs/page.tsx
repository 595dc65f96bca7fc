import type { Metadata } from "next";
import { readBlogs } from "@/lib/content/reader.next";
import { inEdition } from "@/lib/editions/paths";
import { editionFromParams } from "@/lib/reader/edition-param.next";
import { ui } from "@/lib/i18n/ui";
import { siteUrl } from "@/lib/site";
import { blogPath, blogsPath } from "@/lib/urls";

export const revalidate = 300;

type Props = { params: Promise<{ edition: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const e = await editionFromParams(params);
  return { title: ui(e.lang).blogs, alternates: { canonical: siteUrl(blogsPath(e.code)) } };
}

/** Every blog of an edition. */
export default async function BlogsIndex({ params }: Props) {
  const e = await editionFromParams(params);
  const t = ui(e.lang);
  const blogs = (await readBlogs()).filter((b) => inEdition(b.language, e.code));
  return (
    <div className="max-w-3xl">
      <h1 className="font-serif text-3xl font-bold sm:text-4xl">{t.blogs}</h1>
      <ul className="mt-4 divide-y divide-rule">
        {blogs.map((b) => (
          <li key={b.slug} className="py-4" {...(b.language === e.lang ? {} : { lang: b.language })}>
            <h2 className="font-serif text-xl font-bold"><a href={blogPath(b.slug, b.language)}>{b.title}</a></h2>
            <p className="mt-1 text-muted">{b.description}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}

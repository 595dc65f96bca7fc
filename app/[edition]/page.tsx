import type { Metadata } from "next";
import { HomeView } from "@/components/home/HomeView";
import { JsonLd } from "@/components/seo/JsonLd";
import { readBlogs, readLatest } from "@/lib/content/reader.next";
import { inEdition } from "@/lib/editions/paths";
import { editionFromParams } from "@/lib/reader/edition-param.next";
import { editionList } from "@/lib/editions/registry";
import { ui } from "@/lib/i18n/ui";
import { homeMetadata } from "@/lib/seo/metadata.next";
import { siteUrl } from "@/lib/site";
import { homePath } from "@/lib/urls";

export const revalidate = 300;

type Props = { params: Promise<{ edition: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return homeMetadata(await editionFromParams(params), siteUrl(""), editionList);
}

/** An edition's front page: its top stories, its news and its blogs' newest posts. */
export default async function HomePage({ params }: Props) {
  const e = await editionFromParams(params);
  const [top, news, blogs] = await Promise.all([
    readLatest({ topStories: true, edition: e.code, limit: 5 }),
    readLatest({ newsOnly: true, edition: e.code, limit: 10 }),
    readBlogs(),
  ]);
  const topIds = top.map((a) => a.id);
  const own = blogs.filter((b) => inEdition(b.language, e.code));
  const perBlog = await Promise.all(own.map(async (blog) => ({ blog, posts: await readLatest({ blogId: blog.id, limit: 4 }) })));
  return (
    <>
      <JsonLd data={{ "@context": "https://schema.org", "@type": "WebSite", name: e.siteName, inLanguage: e.lang, url: siteUrl(homePath(e.code)) }} />
      <HomeView edition={e} top={top} news={news.filter((a) => !topIds.includes(a.id))} blogs={perBlog} t={ui(e.lang)} />
    </>
  );
}

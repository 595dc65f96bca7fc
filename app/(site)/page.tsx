import type { Metadata } from "next";
import { HomeView } from "@/components/home/HomeView";
import { JsonLd } from "@/components/seo/JsonLd";
import { readBlogs, readLatest } from "@/lib/content/reader.next";
import { ui } from "@/lib/i18n/ui";
import { homeMetadata } from "@/lib/seo/metadata.next";
import { defaultLanguage, edition, site, siteUrl } from "@/lib/site";

export const revalidate = 300;

export function generateMetadata(): Metadata {
  return homeMetadata(siteUrl(""));
}

export default async function HomePage() {
  const [top, news, blogs] = await Promise.all([readLatest({ topStories: true, limit: 5 }), readLatest({ newsOnly: true, limit: 10 }), readBlogs()]);
  const topIds = top.map((a) => a.id);
  const perBlog = await Promise.all(blogs.map(async (blog) => ({ blog, posts: await readLatest({ blogId: blog.id, limit: 4 }) })));
  return (
    <>
      <JsonLd data={{ "@context": "https://schema.org", "@type": "WebSite", name: site.name, url: siteUrl("/") }} />
      <HomeView
        siteName={site.name}
        top={top}
        news={news.filter((a) => !topIds.includes(a.id))}
        blogs={perBlog}
        locale={edition(defaultLanguage).locale}
        t={ui(defaultLanguage)}
      />
    </>
  );
}

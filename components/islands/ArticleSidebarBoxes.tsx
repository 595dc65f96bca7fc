"use client";

import { AboutBlog } from "@/components/blog/AboutBlog";
import { LatestPosts } from "@/components/blog/LatestPosts";
import { SubscribeBox, type SubscribeLabels } from "@/components/blog/SubscribeBox";
import type { LatestItem } from "@/lib/reader/latest-items";

type Props = {
  about?: { heading: string; text: string };
  subscribe: { feedBase: string; title: string; t: SubscribeLabels };
  latest: { heading: string; items: LatestItem[] };
};

/**
 * The boxes beside an article: About This Blog, Subscribe, Latest Posts. A client component with nothing
 * interactive, for the reason SiteChrome is one (decision 028): its props (the blog's text, two feed links, a few
 * posts' titles and dates) are a fraction of the markup a server component would send again in the RSC payload.
 */
export function ArticleSidebarBoxes({ about, subscribe, latest }: Props) {
  return (
    <>
      {about && <AboutBlog heading={about.heading} about={about.text} />}
      <SubscribeBox {...subscribe} />
      <LatestPosts heading={latest.heading} items={latest.items} />
    </>
  );
}

import { BlogLanding } from "@/components/blog/BlogLanding";
import { JsonLd } from "@/components/seo/JsonLd";
import type { Listing } from "@/lib/reader/listings.next";
import { pageHref } from "@/lib/reader/listings.next";
import { ui } from "@/lib/i18n/ui";
import { breadcrumbJsonLd } from "@/lib/seo/jsonld";
import { defaultLanguage, edition, siteUrl } from "@/lib/site";
import { AuthorIntro } from "./AuthorIntro";
import { ListingView } from "./ListingView";
import { TopicIntro } from "./TopicIntro";

/**
 * Renders any Listing: a blog as its landing page (with its breadcrumb on page 1), the others (news, author,
 * topic) as a titled list with the author's bio or the topic's description and feeds.
 */
export function ListingPage({ listing }: { listing: Listing }) {
  const t = ui(defaultLanguage);
  if (listing.blog) {
    const crumbs = [{ name: t.home, path: "/" }, { name: listing.blog.title, path: listing.basePath }];
    return (
      <>
        {listing.posts.page === 1 && <JsonLd data={breadcrumbJsonLd(crumbs, siteUrl(""))} />}
        <BlogLanding blog={listing.blog} posts={listing.posts} latest={listing.latest ?? []} t={t} />
      </>
    );
  }
  return (
    <ListingView
      title={listing.title}
      intro={listing.author ? <AuthorIntro author={listing.author} /> : listing.tag ? <TopicIntro topic={listing.tag} t={t} /> : undefined}
      posts={listing.posts}
      href={pageHref(listing.basePath)}
      locale={edition(defaultLanguage).locale}
      t={t}
    />
  );
}

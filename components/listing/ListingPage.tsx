import { BlogLanding } from "@/components/blog/BlogLanding";
import { JsonLd } from "@/components/seo/JsonLd";
import type { Listing } from "@/lib/reader/listings.next";
import { pageHref } from "@/lib/reader/listings.next";
import { ui } from "@/lib/i18n/ui";
import { breadcrumbJsonLd } from "@/lib/seo/jsonld";
import { siteUrl } from "@/lib/site";
import { homePath } from "@/lib/urls";
import { AuthorIntro } from "./AuthorIntro";
import { ListingView } from "./ListingView";
import { TopicIntro } from "./TopicIntro";

/**
 * Renders any Listing: a blog as its landing page (with its breadcrumb on page 1), the others (news, author,
 * topic) as a titled list, in the words of the listing's edition, with the author's bio or the topic's description and feeds.
 */
export function ListingPage({ listing }: { listing: Listing }) {
  const e = listing.edition;
  const t = ui(e.lang);
  if (listing.blog) {
    const crumbs = [{ name: t.home, path: homePath(e.code) }, { name: listing.blog.title, path: listing.basePath }];
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
      intro={listing.author ? <AuthorIntro author={listing.author} /> : listing.tag ? <TopicIntro topic={listing.tag} edition={e.code} t={t} /> : undefined}
      posts={listing.posts}
      href={pageHref(listing.basePath)}
      locale={e.locale}
      t={t}
    />
  );
}

import type { Listing } from "@/lib/reader/listings.next";
import { pageHref } from "@/lib/reader/listings.next";
import { ui } from "@/lib/i18n/ui";
import { defaultLanguage, edition } from "@/lib/site";
import { AuthorIntro } from "./AuthorIntro";
import { ListingView } from "./ListingView";
import { TopicIntro } from "./TopicIntro";

/** Renders any Listing (news, author, topic) with the author's bio or the topic's description and feeds. */
export function ListingPage({ listing }: { listing: Listing }) {
  return (
    <ListingView
      title={listing.title}
      intro={listing.author ? <AuthorIntro author={listing.author} /> : listing.tag ? <TopicIntro topic={listing.tag} t={ui()} /> : undefined}
      posts={listing.posts}
      href={pageHref(listing.basePath)}
      locale={edition(defaultLanguage).locale}
      t={ui()}
    />
  );
}

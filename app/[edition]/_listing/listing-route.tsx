import "server-only";
import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ListingPage } from "@/components/listing/ListingPage";
import { editionOfParam } from "@/lib/editions/paths";
import { pageHref, type ListingLoader } from "@/lib/reader/listings.next";
import { pageParam, routeParam } from "@/lib/route-params";
import { blogMetadata, listingMetadata } from "@/lib/seo/metadata.next";
import { siteUrl } from "@/lib/site";
import { headerPath } from "@/lib/urls";

/**
 * Builds the functions of a paginated listing route from its loader, so /news, /authors/x, /tags/x and /blogs/x
 * (and their /page/n archives), in every edition, share one behaviour: page 1 has one URL (proxy.ts redirects
 * /page/1), bad pages are 404s, and a blog asked for under another edition than its own answers 308 to its own.
 * A listing's page 1 file defines its route; its page/[n] file re-exports it, since `n` is the only difference.
 */
type Params = Promise<Record<string, string>>;
type Options = {
  /** The segment naming the listing's subject (an author, a topic, a blog); none for /news. */
  slugParam?: string;
};

export function listingRoute(load: ListingLoader, { slugParam }: Options = {}) {
  async function resolve(params: Params) {
    const p = await params;
    const page = p.n === undefined ? 1 : pageParam(p.n);
    const rawSlug = slugParam ? (p[slugParam] ?? "") : "";
    return { page, rawSlug, edition: editionOfParam(p.edition ?? ""), explicitFirstPage: p.n !== undefined && page === 1 };
  }
  async function loadPage(params: Params) {
    const { page, rawSlug, edition, explicitFirstPage } = await resolve(params);
    const listing = page && edition ? await load(routeParam(rawSlug), page, edition) : null;
    return { listing, page, edition, explicitFirstPage };
  }
  return {
    async Page({ params }: { params: Params }) {
      const { listing, page, edition, explicitFirstPage } = await loadPage(params);
      if (!listing || !page || !edition) notFound();
      // proxy.ts answers /page/1 before any render; this holds only for a request that did not pass through it.
      if (explicitFirstPage || listing.edition.code !== edition.code) permanentRedirect(headerPath(pageHref(listing.basePath)(page)));
      return <ListingPage listing={listing} />;
    },
    async generateMetadata({ params }: { params: Params }): Promise<Metadata> {
      const { listing } = await loadPage(params);
      if (!listing) return {};
      return listing.blog ? blogMetadata(listing.blog, listing.posts.page, siteUrl("")) : listingMetadata(listing, siteUrl(""));
    },
    /** None at build time: each listing page is rendered on its first request, then cached. */
    generateStaticParams(): Record<string, string>[] {
      return [];
    },
  };
}

import "server-only";
import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ListingPage } from "@/components/listing/ListingPage";
import type { Listing } from "@/lib/reader/listings.next";
import { pageParam, routeParam } from "@/lib/route-params";
import { blogMetadata, listingMetadata } from "@/lib/seo/metadata.next";
import { siteUrl } from "@/lib/site";
import { headerPath } from "@/lib/urls";

/**
 * Builds the functions of a paginated listing route from its loader, so /news, /authors/x, /tags/x and /blogs/x
 * (and their /page/n archives) share one behaviour: page 1 has one URL (proxy.ts redirects /page/1), bad pages are
 * 404s. A listing's page 1 file defines its route; its page/[n] file re-exports it, since `n` is the only difference.
 */
type Params = Promise<Record<string, string>>;
type Loader = (slug: string, page: number) => Promise<Listing | null>;
type Options = {
  /** The segment naming the listing's subject (an author, a topic, a blog); none for /news. */
  slugParam?: string;
};

export function listingRoute(load: Loader, { slugParam }: Options = {}) {
  async function resolve(params: Params) {
    const p = await params;
    const page = p.n === undefined ? 1 : pageParam(p.n);
    const rawSlug = slugParam ? (p[slugParam] ?? "") : "";
    return { page, rawSlug, explicitFirstPage: p.n !== undefined && page === 1 };
  }
  const loadPage = (rawSlug: string, page: number | null) => (page ? load(routeParam(rawSlug), page) : null);
  return {
    async Page({ params }: { params: Params }) {
      const { page, rawSlug, explicitFirstPage } = await resolve(params);
      const listing = await loadPage(rawSlug, page);
      if (!listing) notFound();
      // proxy.ts answers /page/1 before any render; this holds only for a request that did not pass through it.
      if (explicitFirstPage) permanentRedirect(headerPath(listing.basePath));
      return <ListingPage listing={listing} />;
    },
    async generateMetadata({ params }: { params: Params }): Promise<Metadata> {
      const { page, rawSlug } = await resolve(params);
      const listing = await loadPage(rawSlug, page);
      if (!listing) return {};
      return listing.blog ? blogMetadata(listing.blog, listing.posts.page, siteUrl("")) : listingMetadata(listing, siteUrl(""));
    },
    /** None at build time: each listing page is rendered on its first request, then cached. */
    generateStaticParams(): Record<string, string>[] {
      return [];
    },
  };
}

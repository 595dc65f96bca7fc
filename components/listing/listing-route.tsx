import "server-only";
import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ListingPage } from "@/components/listing/ListingPage";
import { pageParam, routeParam } from "@/lib/reader/params";
import type { Listing } from "@/lib/reader/listings.next";
import { listingMetadata } from "@/lib/seo/metadata.next";
import { siteUrl } from "@/lib/site";

/**
 * Builds the page and metadata functions of a paginated listing route from its loader, so /news, /authors/x
 * and /tags/x (and their /page/n archives) share one behaviour: page 1 has one URL, bad pages are 404s.
 */
type Params = Promise<Record<string, string>>;
type Loader = (slug: string, page: number) => Promise<Listing | null>;

export function listingRoute(load: Loader, slugParam?: string) {
  async function resolve(params: Params) {
    const p = await params;
    const page = p.n === undefined ? 1 : pageParam(p.n);
    const slug = slugParam ? routeParam(p[slugParam] ?? "") : "";
    return { page, listing: page ? await load(slug, page) : null, explicitFirstPage: p.n !== undefined && page === 1 };
  }
  return {
    async Page({ params }: { params: Params }) {
      const { listing, explicitFirstPage } = await resolve(params);
      if (!listing) notFound();
      if (explicitFirstPage) permanentRedirect(listing.basePath);
      return <ListingPage listing={listing} />;
    },
    async generateMetadata({ params }: { params: Params }): Promise<Metadata> {
      const { listing } = await resolve(params);
      return listing ? listingMetadata(listing, siteUrl("")) : {};
    },
  };
}

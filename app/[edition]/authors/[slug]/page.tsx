import { listingRoute } from "@/app/[edition]/_listing/listing-route";
import { loadAuthor } from "@/lib/reader/listings.next";

// An author's articles; page/[n] re-exports this route for the archive pages.
export const revalidate = 300;

const route = listingRoute(loadAuthor, { slugParam: "slug" });
export const generateMetadata = route.generateMetadata;
export const generateStaticParams = route.generateStaticParams;
export default route.Page;

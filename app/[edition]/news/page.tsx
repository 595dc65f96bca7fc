import { listingRoute } from "@/app/[edition]/_listing/listing-route";
import { loadNews } from "@/lib/reader/listings.next";

// An edition's news section; page/[n] re-exports this route for its archive pages.
export const revalidate = 300;

const route = listingRoute(loadNews);
export const generateMetadata = route.generateMetadata;
export default route.Page;

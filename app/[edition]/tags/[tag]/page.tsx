import { listingRoute } from "@/app/[edition]/_listing/listing-route";
import { loadTag } from "@/lib/reader/listings.next";

// A topic; page/[n] re-exports this route for the archive pages.
export const revalidate = 300;

const route = listingRoute(loadTag, { slugParam: "tag" });
export const generateMetadata = route.generateMetadata;
export const generateStaticParams = route.generateStaticParams;
export default route.Page;

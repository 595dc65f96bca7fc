import { listingRoute } from "@/app/[edition]/_listing/listing-route";
import { loadBlog } from "@/lib/reader/listings.next";

// A blog's landing page; page/[n] re-exports this route for the archive pages.
export const revalidate = 300;

const route = listingRoute(loadBlog, { slugParam: "blog" });
export const generateMetadata = route.generateMetadata;
export const generateStaticParams = route.generateStaticParams;
export default route.Page;

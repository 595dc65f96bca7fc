import { listingRoute } from "@/components/listing/listing-route";
import { loadTag } from "@/lib/reader/listings.next";

export const revalidate = 300;
export function generateStaticParams() {
  return [];
}
const route = listingRoute(loadTag, "tag");
export const generateMetadata = route.generateMetadata;
export default route.Page;

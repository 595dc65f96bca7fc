import { listingRoute } from "@/components/listing/listing-route";
import { loadAuthor } from "@/lib/reader/listings.next";

export const revalidate = 300;
export function generateStaticParams() {
  return [];
}
const route = listingRoute(loadAuthor, "slug");
export const generateMetadata = route.generateMetadata;
export default route.Page;

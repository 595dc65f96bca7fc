import { listingRoute } from "@/components/listing/listing-route";
import { loadNews } from "@/lib/reader/listings.next";
import { ui } from "@/lib/i18n/ui";

export const revalidate = 300;

const route = listingRoute((_slug, page) => loadNews(page, ui()));
export const generateMetadata = route.generateMetadata;
export default route.Page;

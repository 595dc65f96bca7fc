import { listingRoute } from "@/app/(site)/_listing/listing-route";
import { ui } from "@/lib/i18n/ui";
import { defaultLanguage } from "@/lib/site";
import { loadNews } from "@/lib/reader/listings.next";

// The news section; page/[n] re-exports this route for its archive pages.
export const revalidate = 300;

const route = listingRoute((_slug, page) => loadNews(page, ui(defaultLanguage)));
export const generateMetadata = route.generateMetadata;
export default route.Page;

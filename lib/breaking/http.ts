import { config } from "../config";

/**
 * Cache-Control for GET /api/breaking. A shared cache may hold the answer for a third of the polling interval
 * and serve it stale for another third, so no cache delays an item by more than one interval; stale-if-error
 * lets a CDN keep the ticker going through a short outage.
 */
export function breakingCacheControl(pollSeconds = config().breakingPollSeconds): string {
  const fresh = Math.max(1, Math.floor(pollSeconds / 3));
  return `public, max-age=${fresh}, s-maxage=${fresh}, stale-while-revalidate=${fresh}, stale-if-error=300`;
}

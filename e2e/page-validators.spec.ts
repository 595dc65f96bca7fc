import { test, expect } from "./support/fixtures";
import { biggestBlog, blogArticle } from "./support/content";

/**
 * Decision record 025: pages carry no ETag (Next would hash the whole HTML for every response, cache hits
 * included), and still come from the page cache with their shared-cache lifetime. /api/breaking keeps its own
 * ETag and 304 (e2e/breaking.spec.ts).
 */
test("cached reader pages send no ETag and answer a conditional request with the page", async ({ request }) => {
  for (const path of ["/", `/a/${blogArticle().slug}`, `/blogs/${biggestBlog().slug}`]) {
    await request.get(path);
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    expect(res.headers()["x-nextjs-cache"], path).toMatch(/HIT|STALE/);
    expect(res.headers()["cache-control"], path).toMatch(/s-maxage=\d+/);
    expect(res.headers()["etag"], path).toBeUndefined();
    // An old validator a browser may still hold: the full page, never an empty 304.
    const again = await request.get(path, { headers: { "If-None-Match": '"stale-validator"' } });
    expect(again.status(), path).toBe(200);
    expect((await again.body()).length, path).toBeGreaterThan(1000);
  }
});

import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { test, expect } from "../e2e/support/fixtures";
import { defaultEdition } from "../lib/editions/registry";
import { A, SCALE_DATABASE_URL, SCALE_DIST_DIR, SCALE_REDIS_URL, SCALE_SITE_URL } from "./support/env";
import { startInstance, type Instance } from "./support/instances";
import { auth, createApiKey, marker } from "./support/newsroom";

/**
 * A restarted server never serves what a write took down, nor what `next build` prerendered from the build
 * machine's database. Each test starts its own production instance of the suite's build on the suite's database,
 * writes through it, restarts it, and reads the first answers of the new process: once without Redis (the cache
 * lives in the process's memory and starts empty) and once with Redis (expired tags are gone from the shared store).
 */

test.describe.configure({ mode: "serial" });

const PORT = Number(process.env.SCALE_RESTART_PORT || 3130);
const REDIS_PORT = Number(process.env.SCALE_RESTART_REDIS_PORT || 3131);
const v1 = "/api/admin/v1/articles";
let key: string;

test.beforeAll(() => {
  key = createApiKey(`restart ${Date.now()}`);
});

/** One `next start` of the suite's build on the suite's database, which the test stops and starts again. */
function instance(port: number, redisUrl: string) {
  let running: Instance | undefined;
  return {
    origin: `http://127.0.0.1:${port}`,
    async start() {
      running = await startInstance({ port, databaseUrl: SCALE_DATABASE_URL, redisUrl, siteUrl: SCALE_SITE_URL });
    },
    async stop() {
      await running?.stop();
      running = undefined;
    },
    async restart() {
      await this.stop();
      await this.start();
    },
  };
}

async function get(request: APIRequestContext, url: string) {
  const res = await request.get(url);
  return { status: res.status(), cache: res.headers()["x-nextjs-cache"], text: await res.text() };
}

/**
 * Whether `url` is served from the cache on a second request. Polled: for a couple of seconds after a write,
 * its tags are expired once more (lib/content/revalidate.next.ts), which may fall between two requests.
 */
async function expectCached(request: APIRequestContext, url: string) {
  await expect
    .poll(async () => {
      await request.get(url);
      return (await get(request, url)).cache;
    }, { message: `${url} is served from the cache`, timeout: 15_000 })
    .toBe("HIT");
}

async function publishNew(request: APIRequestContext, origin: string, what: string) {
  const title = marker(what);
  const created = await request.post(`${origin}${v1}`, {
    headers: auth(key),
    data: { title, summary: "Filed for the restart test.", body: "Nothing to see once it is taken down." },
  });
  expect(created.status()).toBe(201);
  const article = { ...((await created.json()) as { id: number; slug: string }), title };
  expect((await request.post(`${origin}${v1}/${article.id}/publish`, { headers: auth(key), data: {} })).status()).toBe(200);
  return article;
}

async function unpublish(request: APIRequestContext, origin: string, id: number) {
  expect((await request.post(`${origin}${v1}/${id}/unpublish`, { headers: auth(key) })).status()).toBe(200);
}

/** Every public place the article could show, read from `origin`: its page, the home page, RSS, the news sitemap. */
async function everywhere(request: APIRequestContext, origin: string, slug: string) {
  const [page, home, rss, news] = await Promise.all(
    [`/a/${slug}`, "/", "/feeds/rss.xml", "/sitemaps/news.xml"].map((p) => get(request, `${origin}${p}`)),
  );
  const link = `/a/${slug}"`;
  const url = `/a/${slug}<`;
  return {
    page: page.status,
    home: home.text.includes(link),
    rss: rss.text.includes(url),
    news: news.text.includes(url),
  };
}

/**
 * Published articles that `next build` put on the prerendered home page, newest first. The home page at / is the
 * default edition's (app/[edition]/page.tsx, / rewritten to /<code> in next.config.ts): prerendered as <code>.html.
 */
async function articlesOnTheBuildsHomePage(request: APIRequestContext, origin: string) {
  const file = path.join(SCALE_DIST_DIR, "server", "app", `${defaultEdition.code}.html`);
  expect(fs.existsSync(file), `${file}: the build prerenders the home page`).toBe(true);
  const slugs = [...new Set([...fs.readFileSync(file, "utf8").matchAll(/href="\/a\/([a-z0-9-]+)"/g)].map((m) => m[1]))];
  const found: { id: number; slug: string }[] = [];
  for (const slug of slugs) {
    const res = await request.get(`${origin}${v1}?status=published&q=${encodeURIComponent(slug)}`, { headers: auth(key) });
    const item = ((await res.json()) as { items: { id: number; slug: string }[] }).items.find((a) => a.slug === slug);
    if (item) found.push(item);
  }
  return found;
}

test.describe("without Redis (the cache lives in the process's memory)", () => {
  const server = instance(PORT, "");
  let restore: number | undefined;

  test.afterAll(async ({ request }) => {
    // Put back the build-time article this test took down, for the specs that run after it.
    if (restore !== undefined) await request.post(`${server.origin}${v1}/${restore}/publish`, { headers: auth(key), data: {} }).catch(() => {});
    await server.stop();
  });

  test("an unpublished article is gone after a restart, and the home page shows the live database, not the build's", async ({ request }) => {
    test.setTimeout(180_000);
    await server.start();
    const origin = server.origin;
    const onBuildsHome = await articlesOnTheBuildsHomePage(request, origin);
    expect(onBuildsHome.length, "published articles on the prerendered home page").toBeGreaterThan(0);
    // Preferably one the live home page shows too (specs before this one may have published newer ones).
    const liveHome = (await get(request, `${origin}/`)).text;
    const fromBuild = onBuildsHome.find((a) => liveHome.includes(`/a/${a.slug}"`)) ?? onBuildsHome[0];

    // Published after the build, read and cached everywhere.
    const gone = await publishNew(request, origin, "Council recalls the budget");
    expect(await get(request, `${origin}/a/${gone.slug}`)).toMatchObject({ status: 200 });
    await expectCached(request, `${origin}/a/${gone.slug}`);
    expect(await everywhere(request, origin, gone.slug)).toEqual({ page: 200, home: true, rss: true, news: true });
    expect((await everywhere(request, origin, fromBuild.slug)).page).toBe(200);

    // Taken down: gone from this process within moments (the write's expiry runs just after its answer).
    await unpublish(request, origin, gone.id);
    await unpublish(request, origin, fromBuild.id);
    restore = fromBuild.id;
    await expect.poll(() => everywhere(request, origin, gone.slug), { timeout: 5_000 }).toEqual({ page: 404, home: false, rss: false, news: false });
    const stays = await publishNew(request, origin, "Harbour lights relit");

    // A new process: the first answers come from the database, not from a disk cache or the build.
    await server.restart();
    const home = await get(request, `${origin}/`);
    expect(home.status).toBe(200);
    expect(home.cache, "the first home page after a restart is rendered, not read from the build").not.toBe("HIT");
    expect(home.text).toContain(`/a/${stays.slug}"`);
    expect(home.text).not.toContain(`/a/${gone.slug}"`);
    expect(home.text).not.toContain(`/a/${fromBuild.slug}"`);
    expect(await everywhere(request, origin, gone.slug)).toEqual({ page: 404, home: false, rss: false, news: false });
    expect(await everywhere(request, origin, fromBuild.slug)).toEqual({ page: 404, home: false, rss: false, news: false });
    expect(await everywhere(request, origin, stays.slug)).toEqual({ page: 200, home: true, rss: true, news: true });
    // And caching works again in the new process.
    await expectCached(request, `${origin}/a/${stays.slug}`);

    await request.post(`${origin}${v1}/${fromBuild.id}/publish`, { headers: auth(key), data: {} });
    restore = undefined;
    await unpublish(request, origin, stays.id);
  });
});

test.describe("with Redis (the cache is shared)", () => {
  const server = instance(REDIS_PORT, SCALE_REDIS_URL);

  test.afterAll(async () => {
    await server.stop();
  });

  test("an article unpublished before a restart stays gone from the restarted instance and from the others", async ({ request }) => {
    test.skip(!SCALE_REDIS_URL, "the scale servers run without Redis (REDIS_URL is empty)");
    test.setTimeout(180_000);
    await server.start();
    const origin = server.origin;
    const article = await publishNew(request, origin, "Tram depot sale");
    expect(await get(request, `${origin}/a/${article.slug}`)).toMatchObject({ status: 200 });
    await expectCached(request, `${origin}/a/${article.slug}`);
    expect(await everywhere(request, origin, article.slug)).toEqual({ page: 200, home: true, rss: true, news: true });

    await unpublish(request, origin, article.id);
    for (const where of [origin, A]) {
      await expect.poll(() => everywhere(request, where, article.slug), { message: where, timeout: 5_000 }).toEqual({ page: 404, home: false, rss: false, news: false });
    }
    await server.restart();
    expect(await everywhere(request, origin, article.slug)).toEqual({ page: 404, home: false, rss: false, news: false });
    expect(await everywhere(request, A, article.slug)).toEqual({ page: 404, home: false, rss: false, news: false });
  });
});

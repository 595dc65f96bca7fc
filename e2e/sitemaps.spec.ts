import Database from "better-sqlite3";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { APIRequestContext } from "@playwright/test";
import { test, expect } from "./support/fixtures";
import { auth, createApiKey } from "./support/api";
import { hiddenArticles } from "./support/content";
import { BASE_URL, E2E_DB_PATH } from "./support/env";
import { uniqueMarker, v1 } from "./support/preview";
import { articlePath } from "../lib/urls";
import { editionOfLanguage } from "../lib/editions/paths";
import { editionList } from "../lib/editions/registry";

/**
 * robots.txt, the sitemap index and every sitemap it names, read as a crawler would: plain HTTP, no browser, so
 * these run in the desktop project only (a viewport changes nothing here).
 */
test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "HTTP only: one run is enough");
});

const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => ["sitemap", "url"].includes(name) });
type Url = { loc: string; lastmod?: string; "news:news"?: Record<string, unknown> };

const visible = `status = 'published' and published_at <= strftime('%Y-%m-%dT%H:%M:%fZ','now')`;

/** An article's page in any edition (/a/<slug>, /fa/a/<slug>), and the slug it names. */
const isArticlePath = (path: string) => /^(?:\/[a-z]{2,3})?\/a\/[^/]+$/.test(path);
const slugOfPath = (path: string) => (isArticlePath(path) ? decodeURIComponent(path.split("/").at(-1)!) : null);

function visibleArticles() {
  const db = new Database(E2E_DB_PATH, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(`select slug, language, published_at, updated_at from articles where ${visible}`).all() as {
      slug: string;
      language: string;
      published_at: string;
      updated_at: string;
    }[];
  } finally {
    db.close();
  }
}

async function getXml(request: APIRequestContext, url: string) {
  const res = await request.get(url);
  expect(res.status(), url).toBe(200);
  expect(res.headers()["content-type"], url).toContain("application/xml");
  const xml = await res.text();
  expect(XMLValidator.validate(xml), `${url} is well-formed XML`).toBe(true);
  return { xml, doc: parser.parse(xml), headers: res.headers() };
}

const pathOf = (loc: string) => decodeURIComponent(new URL(loc).pathname);

/** Where an edition's sitemaps are: /sitemaps for the default edition (the URLs it had before editions), /sitemaps/<code> for the others. */
const folderOf = (code: string) => (editionList.find((e) => e.code === code)!.isDefault ? "/sitemaps" : `/sitemaps/${code}`);
/** A month sitemap of any edition (/sitemaps/articles/2026-11.xml, /sitemaps/fa/articles/2026-11-2.xml), and its edition. */
const monthFile = /^\/sitemaps(?:\/([a-z]{2,3}))?\/articles\/[^/]+\.xml$/;
const editionOfFolder = (path: string) => monthFile.exec(path)?.[1] ?? editionList.find((e) => e.isDefault)!.code;

/**
 * Articles hidden both before and after `read` (other specs publish and unpublish while this one reads), with
 * what `read` returned: none of them may appear in it.
 */
async function whileHidden<T>(read: () => Promise<T>): Promise<{ value: T; hidden: string[] }> {
  const before = new Set(hiddenArticles().map((a) => a.slug));
  const value = await read();
  return { value, hidden: hiddenArticles().map((a) => a.slug).filter((s) => before.has(s)) };
}

async function sitemapLocs(request: APIRequestContext): Promise<string[]> {
  const { doc } = await getXml(request, "/sitemap.xml");
  return doc.sitemapindex.sitemap.map((s: { loc: string }) => s.loc);
}

test("robots.txt points at the sitemap index and every edition's news sitemap and keeps crawlers out of the newsroom, the API and search", async ({ request }) => {
  const res = await request.get("/robots.txt");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("text/plain");
  const lines = (await res.text()).split("\n").map((l) => l.trim());
  expect(lines).toContain("User-Agent: *");
  for (const path of ["/newsroom", "/api", "/search", "/ru/search", "/fa/search"]) expect(lines).toContain(`Disallow: ${path}`);
  expect(lines).toContain(`Sitemap: ${BASE_URL}/sitemap.xml`);
  expect(lines).toContain(`Sitemap: ${BASE_URL}/sitemaps/news.xml`);
  expect(lines).toContain(`Sitemap: ${BASE_URL}/sitemaps/fa/news.xml`);
  expect(lines).toContain(`Sitemap: ${BASE_URL}/sitemaps/ru/news.xml`);
  expect(lines.filter((l) => l.startsWith("Sitemap:") && !l.endsWith("/news.xml"))).toEqual([`Sitemap: ${BASE_URL}/sitemap.xml`]);
});

test("the sitemap index names every edition's section pages, news sitemap and months, all answering with XML", async ({ request }) => {
  const { headers } = await getXml(request, "/sitemap.xml");
  expect(headers["cache-control"]).toMatch(/^public, max-age=\d+/);
  const locs = await sitemapLocs(request);
  for (const loc of locs) expect(loc.startsWith(`${BASE_URL}/`), loc).toBe(true);
  expect(locs.slice(0, 2).map(pathOf)).toEqual(["/sitemaps/pages.xml", "/sitemaps/news.xml"]);
  // Each edition's set in the registry's order, with the months that edition has articles in (and only those).
  const articles = visibleArticles();
  const monthsOf = (code: string) =>
    [...new Set(articles.filter((a) => editionOfLanguage(a.language).code === code).map((a) => a.published_at.slice(0, 7)))].sort().reverse();
  expect(locs.map(pathOf)).toEqual(
    editionList.flatMap((e) => [`${folderOf(e.code)}/pages.xml`, `${folderOf(e.code)}/news.xml`, ...monthsOf(e.code).map((m) => `${folderOf(e.code)}/articles/${m}.xml`)]),
  );
  for (const path of ["/sitemaps/fa/pages.xml", "/sitemaps/fa/news.xml", "/sitemaps/ru/pages.xml", "/sitemaps/ru/news.xml"]) expect(locs.map(pathOf)).toContain(path);
  expect(monthsOf("fa").length, "the demo has Persian articles").toBeGreaterThan(0);
  for (const loc of locs) await getXml(request, pathOf(loc));
});

test("each edition's pages sitemap lists its own home, sections, blogs, authors and topics only", async ({ request }) => {
  for (const e of editionList) {
    const paths = (((await getXml(request, `${folderOf(e.code)}/pages.xml`)).doc.urlset.url ?? []) as Url[]).map((u) => pathOf(u.loc));
    const prefix = e.isDefault ? "" : `/${e.code}`;
    expect(paths.slice(0, 3), e.code).toEqual([prefix || "/", `${prefix}/news`, `${prefix}/blogs`]);
    const others = editionList.filter((o) => !o.isDefault && o.code !== e.code).map((o) => o.code);
    for (const p of paths) {
      if (!e.isDefault) expect(p.startsWith(`/${e.code}`), p).toBe(true);
      for (const o of others) expect(p === `/${o}` || p.startsWith(`/${o}/`), p).toBe(false);
    }
  }
});

test("month sitemaps list every published article once, with lastmod from updated_at, and no hidden one", async ({ request }) => {
  const { value: urls, hidden } = await whileHidden(async () => {
    const locs = (await sitemapLocs(request)).filter((l) => monthFile.test(pathOf(l)));
    const found: (Url & { edition: string })[] = [];
    for (const loc of locs) {
      const edition = editionOfFolder(pathOf(loc));
      found.push(...((await getXml(request, pathOf(loc))).doc.urlset.url as Url[]).map((u) => ({ ...u, edition })));
    }
    return found;
  });
  expect(hidden.length, "the demo has drafts, scheduled and unpublished articles").toBeGreaterThan(0);
  // Articles published by other specs while this one reads are tolerated; the demo and generated ones must all be there.
  const bySlug = new Map(visibleArticles().map((a) => [a.slug, a]));
  const listed = urls.map((u) => pathOf(u.loc));
  expect(new Set(listed).size).toBe(listed.length);
  for (const [slug, a] of bySlug) {
    if (a.published_at > new Date(Date.now() - 60_000).toISOString()) continue;
    expect(listed, slug).toContain(articlePath(slug, a.language));
  }
  for (const u of urls) {
    expect(isArticlePath(pathOf(u.loc)), u.loc).toBe(true);
    const a = bySlug.get(slugOfPath(pathOf(u.loc)) ?? "");
    if (a) expect(u.lastmod, u.loc).toBe(a.updated_at);
    // In its own edition's month file: a Persian story under /sitemaps/fa/articles/, never in the English ones.
    if (a) expect(u.edition, u.loc).toBe(editionOfLanguage(a.language).code);
  }
  for (const slug of hidden) expect(listed.map(slugOfPath), slug).not.toContain(slug);
});

test("a sample of the URLs in every sitemap answers 200", async ({ request }) => {
  const urls: string[] = [];
  for (const loc of await sitemapLocs(request)) {
    const doc = (await getXml(request, pathOf(loc))).doc;
    urls.push(...((doc.urlset.url ?? []) as Url[]).map((u) => u.loc));
  }
  for (const url of urls) expect(url.startsWith(`${BASE_URL}/`), url).toBe(true);
  // Every section page, and an even spread of about 25 articles.
  const pages = urls.filter((u) => !isArticlePath(pathOf(u)));
  const articles = urls.filter((u) => isArticlePath(pathOf(u)));
  const step = Math.max(1, Math.floor(articles.length / 25));
  const sample = [...pages.slice(0, 40), ...articles.filter((_, i) => i % step === 0)];
  for (const url of sample) {
    const res = await request.get(new URL(url).pathname, { maxRedirects: 0 });
    // Other specs unpublish articles while this one runs: a 404 is right for one hidden since the sitemap was read.
    if (res.status() === 404 && hiddenArticles().some((h) => slugOfPath(pathOf(url)) === h.slug)) continue;
    expect(res.status(), url).toBe(200);
  }
});

test("each edition's news sitemap lists only its last 48 hours' articles in Google News's format", async ({ request }) => {
  for (const e of editionList) await newsSitemapOf(request, e.code);
});

async function newsSitemapOf(request: APIRequestContext, code: string) {
  const { value: doc, hidden } = await whileHidden(async () => (await getXml(request, `${folderOf(code)}/news.xml`)).doc);
  expect(doc.urlset["@_xmlns:news"]).toBe("http://www.google.com/schemas/sitemap-news/0.9");
  const urls = (doc.urlset.url ?? []) as Url[];
  const since = new Date(Date.now() - 48 * 3600_000 - 10 * 60_000).toISOString();
  const bySlug = new Map(visibleArticles().map((a) => [a.slug, a]));
  for (const u of urls) {
    const a = bySlug.get(slugOfPath(pathOf(u.loc)) ?? "");
    expect(a, `${u.loc} is a published article`).toBeDefined();
    expect(editionOfLanguage(a!.language).code, `${u.loc} in the ${code} news sitemap`).toBe(code);
    expect(a!.published_at >= since, `${u.loc} published ${a!.published_at}`).toBe(true);
    const news = u["news:news"] as Record<string, Record<string, string> | string>;
    // Each edition is a publication of its own, under its own name.
    expect(news["news:publication"]).toMatchObject({ "news:name": editionList.find((e) => e.code === code)!.siteName, "news:language": a!.language });
    expect(news["news:publication_date"]).toBe(a!.published_at);
    expect(String(news["news:title"]).length).toBeGreaterThan(0);
  }
  for (const slug of hidden) expect(urls.map((u) => slugOfPath(pathOf(u.loc)))).not.toContain(slug);
}

for (const [code, other] of [
  ["en", "fa"],
  ["fa", "en"],
] as const) {
  test(`publishing adds an article to its edition's (${code}) news and month sitemaps at once, not to another's; unpublishing takes it out`, async ({ request }) => {
    const key = createApiKey(`e2e sitemaps ${code} ${Date.now()}`);
    const marker = uniqueMarker();
    // No tags and no blog: topic and blog pages other specs read stay as they were.
    const created = await request.post(`${v1}/articles`, {
      headers: auth(key),
      data: { title: `Harbour crane inspection ${marker}`, slug: `sitemap-${code}-${marker}`, body: "The cranes passed inspection.", language: code },
    });
    expect(created.status(), await created.text()).toBe(201);
    const draft = { ...((await created.json()) as { id: number; slug: string }), marker };
    const month = new Date().toISOString().slice(0, 7);
    const listedIn = async (edition: string) => {
      const news = await (await request.get(`${folderOf(edition)}/news.xml`)).text();
      const monthRes = await request.get(`${folderOf(edition)}/articles/${month}.xml`);
      const monthXml = monthRes.status() === 200 ? await monthRes.text() : "";
      return { news: news.includes(`/a/${draft.slug}<`), month: monthXml.includes(`/a/${draft.slug}<`) };
    };
    const where = async () => ({ own: await listedIn(code), other: await listedIn(other) });
    const nowhere = { news: false, month: false };
    expect(await where()).toEqual({ own: nowhere, other: nowhere });
    for (const path of ["/sitemap.xml", `${folderOf(code)}/pages.xml`]) expect(await (await request.get(path)).text()).not.toContain(draft.marker);

    expect((await request.post(`${v1}/articles/${draft.id}/publish`, { headers: auth(key), data: {} })).status()).toBe(200);
    await expect.poll(where, { message: "sitemaps after publishing", timeout: 15_000 }).toEqual({ own: { news: true, month: true }, other: nowhere });
    const index = await sitemapLocs(request);
    expect(index.map(pathOf)).toContain(`${folderOf(code)}/articles/${month}.xml`);

    expect((await request.post(`${v1}/articles/${draft.id}/unpublish`, { headers: auth(key), data: {} })).status()).toBe(200);
    await expect.poll(where, { message: "sitemaps after unpublishing", timeout: 15_000 }).toEqual({ own: nowhere, other: nowhere });
  });
}

test("a month without the edition's articles, a name that is not a month, or a folder that is no edition's, is a 404", async ({ request }) => {
  const paths = [
    ...["/sitemaps", "/sitemaps/fa", "/sitemaps/ru"].flatMap((folder) =>
      ["1999-01.xml", "2026-13.xml", "latest.xml", "2026-11-1.xml"].map((file) => `${folder}/articles/${file}`),
    ),
    // A code no edition has, and the default edition's own code: its files are at /sitemaps/… only.
    ...["xx", "en", "ar"].flatMap((folder) => ["pages.xml", "news.xml", "articles/2026-11.xml"].map((file) => `/sitemaps/${folder}/${file}`)),
  ];
  for (const path of paths) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(404);
    expect(await res.text(), path).toContain("/sitemap.xml");
  }
});

import type { APIRequestContext } from "@playwright/test";
import { test, expect } from "../e2e/support/fixtures";
import { editionByCode } from "../lib/editions/registry";
import { A, B, BREAKING_POLL_SECONDS, EDGE, INSTANCES } from "./support/env";
import { auth, createApiKey, marker, newsroom, postBreakingWithCli } from "./support/newsroom";

/**
 * Language editions (issue 13) across instances: the Persian edition (/fa, right to left) is the same site from
 * every instance and through nginx; a breaking item posted to it on one instance reaches the other's Persian
 * pages and /api/breaking?lang=fa within seconds and never the English edition's; a Persian article published or
 * unpublished on one instance is on or off the other's /fa within seconds. Nothing tells the other instance: the
 * change reaches it through the shared cache and its own watcher of breaking news, as in shared-cache.spec.ts.
 */

test.describe.configure({ mode: "serial" });

const fa = editionByCode("fa")!;
const en = editionByCode("en")!;
const v1 = "/api/admin/v1";
const SOON = 5_000; // "within a few seconds"
const BREAKING_DELAY = BREAKING_POLL_SECONDS * 1000 + 2_000; // the ticker's interval plus 2 s
const ORIGINS = [...INSTANCES, EDGE];
// From the demo content (lib/demo): a Persian news story and the Persian blog.
const PERSIAN_ARTICLE = "persian-bookshop-cheragh-reopens";
const PERSIAN_BLOG = "fanus";
let key: string;

test.beforeAll(() => {
  key = createApiKey(`scale editions ${Date.now()}`);
});

async function html(request: APIRequestContext, url: string) {
  const res = await request.get(url);
  return { status: res.status(), cache: res.headers()["x-nextjs-cache"], text: await res.text() };
}

/** The `lang` and `dir` of a page's <html> element, whatever their order. */
function htmlAttributes(text: string): { lang?: string; dir?: string } {
  const tag = /<html\b[^>]*>/i.exec(text)?.[0] ?? "";
  const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  return { lang: attr("lang"), dir: attr("dir") };
}

/** Which of the headlines a text holds, e.g. { fa: true, en: false }: one poll asserts presence and absence. */
const holds = (text: string, headlines: Record<string, string>) =>
  Object.fromEntries(Object.entries(headlines).map(([k, h]) => [k, text.includes(h)]));

/**
 * Where a redirect sends the reader, as paths on `origin`: every Location header (Next 16 sends it twice when it
 * renders the redirect afresh; each must be right).
 */
async function redirectsTo(request: APIRequestContext, origin: string, path: string) {
  const res = await request.get(`${origin}${path}`, { maxRedirects: 0 });
  const locations = res.headersArray().filter((h) => h.name.toLowerCase() === "location").map((h) => new URL(h.value, origin).pathname);
  return { status: res.status(), locations: [...new Set(locations)] };
}

const breakingOf = async (request: APIRequestContext, url: string) => {
  const res = await request.get(url);
  expect(res.status(), url).toBe(200);
  return (await res.json()) as { items: { id: number; headline: string; language: string }[] };
};

test("Persian pages are Persian and right to left from every instance and through nginx", async ({ request }) => {
  const pages = ["/fa", "/fa/news", `/fa/a/${PERSIAN_ARTICLE}`, `/fa/blogs/${PERSIAN_BLOG}`];
  for (const origin of ORIGINS) {
    for (const path of pages) {
      const page = await html(request, `${origin}${path}`);
      expect(page.status, `${origin}${path}`).toBe(200);
      expect(htmlAttributes(page.text), `${origin}${path}`).toEqual({ lang: fa.lang, dir: fa.dir });
      expect(page.text, `${origin}${path}`).toContain(fa.siteName);
    }
    // The English edition beside it stays English and left to right on the same instance.
    expect(htmlAttributes((await html(request, `${origin}/`)).text), `${origin}/`).toEqual({ lang: en.lang, dir: en.dir });
    // The article's address in the default edition sends readers to its own edition.
    expect(await redirectsTo(request, origin, `/a/${PERSIAN_ARTICLE}`), `${origin}/a/${PERSIAN_ARTICLE}`).toEqual({ status: 308, locations: [`/fa/a/${PERSIAN_ARTICLE}`] });
  }
});

test("breaking news posted in Persian on A reaches B's Persian pages and ticker, and nginx, but never the English edition", async ({ page, context, request }) => {
  // Both editions open in a browser on B, and their pages cached on both instances, before anything is posted.
  const english = await context.newPage();
  await page.goto(`${B}/fa`);
  await english.goto(`${B}/`);
  for (const origin of INSTANCES) for (const path of ["/fa", `/fa/a/${PERSIAN_ARTICLE}`, "/"]) expect((await html(request, `${origin}${path}`)).status).toBe(200);

  const headlines = { fa: marker("قطع برق در بازار قدیم"), en: marker("Ferry strike called off") };
  // The Persian item first, then an English one: a page or an answer that shows the English item was made after
  // the Persian one was posted, so its lacking the Persian item means something.
  const ids: Record<string, number> = {};
  for (const lang of ["fa", "en"] as const) {
    const posted = await request.post(`${A}${v1}/breaking`, { headers: auth(key), data: { headline: headlines[lang], language: lang } });
    expect(posted.status()).toBe(201);
    const item = (await posted.json()) as { id: number; language: string };
    expect(item.language).toBe(lang);
    ids[lang] = item.id;
  }

  // The open pages get them from B's ticker, each edition its own.
  await expect(page.getByText(headlines.fa).first()).toBeVisible({ timeout: BREAKING_DELAY });
  await expect(english.getByText(headlines.en).first()).toBeVisible({ timeout: BREAKING_DELAY });
  await expect(english.getByText(headlines.fa)).toHaveCount(0);

  for (const origin of [B, EDGE]) {
    // /api/breaking per edition (nginx keeps each lang= apart: its cache key is the whole URI).
    await expect
      .poll(async () => holds(JSON.stringify(await breakingOf(request, `${origin}/api/breaking?lang=en`)), headlines), { timeout: BREAKING_DELAY })
      .toEqual({ fa: false, en: true });
    await expect
      .poll(async () => holds(JSON.stringify(await breakingOf(request, `${origin}/api/breaking?lang=fa`)), headlines), { timeout: BREAKING_DELAY })
      .toEqual({ fa: true, en: false });
    const persian = (await breakingOf(request, `${origin}/api/breaking?lang=fa`)).items.find((i) => i.id === ids.fa);
    expect(persian, origin).toMatchObject({ headline: headlines.fa, language: "fa" });
    // The first HTML of each edition's pages: the English home with its own item only, then the Persian pages.
    await expect.poll(async () => holds((await html(request, `${origin}/`)).text, headlines), { timeout: BREAKING_DELAY }).toEqual({ fa: false, en: true });
    for (const path of ["/fa", `/fa/a/${PERSIAN_ARTICLE}`]) {
      await expect
        .poll(async () => holds((await html(request, `${origin}${path}`)).text, headlines), { timeout: BREAKING_DELAY, message: `${origin}${path}` })
        .toEqual({ fa: true, en: false });
    }
  }

  // Withdrawn through B: gone from the Persian pages and answers A serves.
  for (const lang of ["fa", "en"] as const) {
    expect((await request.delete(`${B}${v1}/breaking/${ids[lang]}`, { headers: auth(key) })).ok()).toBeTruthy();
  }
  await expect.poll(async () => (await html(request, `${A}/fa`)).text, { timeout: BREAKING_DELAY }).not.toContain(headlines.fa);
  await expect.poll(async () => JSON.stringify(await breakingOf(request, `${A}/api/breaking?lang=fa`)), { timeout: BREAKING_DELAY }).not.toContain(headlines.fa);
  await english.close();
});

test("breaking news posted with the CLI to the Persian edition is in the first HTML of /fa from both instances, not of /", async ({ request }) => {
  for (const origin of INSTANCES) for (const path of ["/fa", "/"]) expect((await html(request, `${origin}${path}`)).status).toBe(200); // cached now
  const headline = marker("بازگشایی پل گمرک قدیم");
  const id = postBreakingWithCli(headline, "--lang", fa.lang);
  for (const origin of ORIGINS) {
    await expect.poll(async () => (await html(request, `${origin}/fa`)).text, { timeout: BREAKING_DELAY, message: `${origin}/fa` }).toContain(headline);
    // Rendered after the post (the item is in this instance's /fa already), the English home still lacks it.
    expect((await html(request, `${origin}/`)).text, `${origin}/`).not.toContain(headline);
    expect(JSON.stringify(await breakingOf(request, `${origin}/api/breaking?lang=en`)), origin).not.toContain(headline);
  }
  newsroom("breaking", "withdraw", String(id));
  for (const origin of INSTANCES) {
    await expect.poll(async () => (await html(request, `${origin}/fa`)).text, { timeout: BREAKING_DELAY }).not.toContain(headline);
  }
});

test("a Persian article published through A is on B's /fa within seconds, and off A's when B unpublishes it", async ({ request }) => {
  for (const origin of INSTANCES) for (const path of ["/fa", "/fa/news", "/news"]) expect((await html(request, `${origin}${path}`)).status).toBe(200); // cached now
  const title = marker("بازارچه‌ی کتاب در اسکله‌ی شمالی");
  const created = await request.post(`${A}${v1}/articles`, {
    headers: auth(key),
    data: { edition: "fa", title, summary: "غرفه‌های کتاب تا پایان هفته در اسکله می‌مانند.", body: "بازارچه‌ی کتاب از شنبه در اسکله‌ی شمالی برپا است." },
  });
  expect(created.status()).toBe(201);
  const article = (await created.json()) as { id: number; slug: string; language: string };
  expect(article.language).toBe(fa.lang);
  const path = `/fa/a/${encodeURIComponent(article.slug)}`;
  expect((await request.post(`${A}${v1}/articles/${article.id}/publish`, { headers: auth(key), data: {} })).status()).toBe(200);

  // On both instances at once, right to left. (Whether B renders it again or reads A's render from Redis is
  // shared-cache.spec.ts's question, not this one's.)
  for (const origin of [A, B]) {
    const onIt = await html(request, `${origin}${path}`);
    expect(onIt.status, origin).toBe(200);
    expect(onIt.text, origin).toContain(title);
    expect(htmlAttributes(onIt.text), origin).toEqual({ lang: fa.lang, dir: fa.dir });
  }
  // Its address in the default edition sends readers to it.
  expect(await redirectsTo(request, B, `/a/${encodeURIComponent(article.slug)}`)).toEqual({ status: 308, locations: [path] });
  // The Persian edition's front page and news list on B and through nginx; never the English edition's list.
  for (const origin of [B, EDGE]) {
    await expect.poll(async () => (await html(request, `${origin}/fa`)).text, { timeout: SOON, message: `${origin}/fa` }).toContain(title);
    await expect.poll(async () => (await html(request, `${origin}/fa/news`)).text, { timeout: SOON, message: `${origin}/fa/news` }).toContain(title);
    expect((await html(request, `${origin}/news`)).text, `${origin}/news`).not.toContain(title);
  }

  expect((await request.post(`${B}${v1}/articles/${article.id}/unpublish`, { headers: auth(key) })).status()).toBe(200);
  for (const origin of [A, EDGE]) {
    await expect.poll(async () => (await html(request, `${origin}${path}`)).status, { timeout: SOON, message: `${origin}${path}` }).toBe(404);
    await expect.poll(async () => (await html(request, `${origin}/fa`)).text, { timeout: SOON, message: `${origin}/fa` }).not.toContain(title);
    await expect.poll(async () => (await html(request, `${origin}/fa/news`)).text, { timeout: SOON, message: `${origin}/fa/news` }).not.toContain(title);
  }

  // Published again through B: back on A's /fa.
  expect((await request.post(`${B}${v1}/articles/${article.id}/publish`, { headers: auth(key), data: {} })).status()).toBe(200);
  await expect.poll(async () => (await html(request, `${A}/fa`)).text, { timeout: SOON }).toContain(title);
  await expect.poll(async () => (await html(request, `${A}${path}`)).status, { timeout: SOON }).toBe(200);
});

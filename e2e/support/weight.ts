import { gzipSync } from "node:zlib";
import type { APIRequestContext } from "@playwright/test";
import { test, expect } from "./fixtures";
import { longestArticle } from "./content";

/**
 * Page-weight budgets for readers on slow, expensive networks (issue 12): sizes, not timings, so they hold on a
 * busy machine. The longest published article is the heaviest page there is. Its HTML as the server sends it,
 * and the first-load JavaScript: every <script src> it names, each fetched from the server and gzipped at the
 * default level (what a proxy would send), summed. A `noModule` script (Next's polyfills for browsers without ES
 * modules) is left out of the sum: no browser that can run the page's modules downloads it; its size is printed
 * beside. Both figures are printed and kept as annotations.
 */
export const HTML_BUDGET = 50 * 1024;
export const JS_GZIP_BUDGET = 150 * 1024;

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export async function weighLongestArticle(request: APIRequestContext, when: string) {
  const path = `/a/${longestArticle().slug}`;
  const page = await request.get(path);
  expect(page.status()).toBe(200);
  const html = await page.body();
  const tags = [...html.toString("utf8").matchAll(/<script\b[^>]*?\ssrc="([^"]+)"[^>]*>/g)];
  const scripts = [...new Map(tags.map((m) => [m[1], { src: m[1].replace(/&amp;/g, "&"), legacy: /\snomodule\b/i.test(m[0]) }])).values()];
  let js = 0;
  let legacy = 0;
  for (const s of scripts) {
    const res = await request.get(s.src);
    expect(res.status(), `script ${s.src}`).toBe(200);
    const size = gzipSync(await res.body()).length;
    if (s.legacy) legacy += size;
    else js += size;
  }
  const files = scripts.filter((s) => !s.legacy).length;
  const figures =
    `${path} (${when}): HTML ${kb(html.length)} (budget ${kb(HTML_BUDGET)}); first-load JS ${kb(js)} gzipped in ${files} files ` +
    `(budget ${kb(JS_GZIP_BUDGET)}; noModule polyfills, not counted: ${kb(legacy)})`;
  console.log(`page weight: ${figures}`);
  test.info().annotations.push({ type: "page weight", description: figures });
  return { html: html.length, text: html.toString("utf8"), js, files, figures };
}

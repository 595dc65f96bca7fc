import { gzipSync } from "node:zlib";

export type Size = { bytes: number; gzip: number };
export type PageWeight = {
  url: string;
  html: Size;
  /** What a browser that runs modules downloads: every <script src> but the `noModule` ones. */
  js: Size & { files: { src: string; status: number; bytes: number; gzip: number }[] };
  /** Next's `noModule` polyfills, which only browsers without ES modules fetch: shown, never counted in `js`. */
  legacy: Size;
};

const size = (b: Buffer): Size => ({ bytes: b.length, gzip: gzipSync(b).length });

/**
 * What a reader downloads for a page: the HTML, and every external script it names, each gzipped at the
 * default level (what a typical proxy would send). Inline scripts are counted in the HTML. As in
 * e2e/budgets.spec.ts, `noModule` scripts are kept apart: no browser that can run the page's modules loads them.
 */
export async function pageWeight(url: string): Promise<PageWeight> {
  const html = Buffer.from(await (await fetch(url)).arrayBuffer());
  const tags = [...html.toString("utf8").matchAll(/<script\b[^>]*?\ssrc="([^"]+)"[^>]*>/g)].map((m) => ({
    src: new URL(m[1].replace(/&amp;/g, "&"), url).href,
    legacy: /\snomodule\b/i.test(m[0]),
  }));
  const files = [];
  const legacy: Size = { bytes: 0, gzip: 0 };
  for (const { src, legacy: isLegacy } of [...new Map(tags.map((t) => [t.src, t])).values()]) {
    const res = await fetch(src);
    const body = Buffer.from(await res.arrayBuffer());
    const s = size(body);
    if (isLegacy) {
      legacy.bytes += s.bytes;
      legacy.gzip += s.gzip;
    } else files.push({ src, status: res.status, ...s });
  }
  return {
    url,
    html: size(html),
    js: {
      bytes: files.reduce((n, f) => n + f.bytes, 0),
      gzip: files.reduce((n, f) => n + f.gzip, 0),
      files,
    },
    legacy,
  };
}

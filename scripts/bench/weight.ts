import { gzipSync } from "node:zlib";

export type Size = { bytes: number; gzip: number };
export type PageWeight = {
  url: string;
  html: Size;
  js: Size & { files: { src: string; status: number; bytes: number; gzip: number }[] };
};

const size = (b: Buffer): Size => ({ bytes: b.length, gzip: gzipSync(b).length });

/**
 * What a reader downloads for a page: the HTML, and every external script it names, each gzipped at the
 * default level (what a typical proxy would send). Inline scripts are counted in the HTML.
 */
export async function pageWeight(url: string): Promise<PageWeight> {
  const html = Buffer.from(await (await fetch(url)).arrayBuffer());
  const srcs = [...html.toString("utf8").matchAll(/<script\b[^>]*?\ssrc="([^"]+)"/g)].map((m) =>
    new URL(m[1].replace(/&amp;/g, "&"), url).href,
  );
  const files = [];
  for (const src of [...new Set(srcs)]) {
    const res = await fetch(src);
    const body = Buffer.from(await res.arrayBuffer());
    files.push({ src, status: res.status, ...size(body) });
  }
  return {
    url,
    html: size(html),
    js: {
      bytes: files.reduce((n, f) => n + f.bytes, 0),
      gzip: files.reduce((n, f) => n + f.gzip, 0),
      files,
    },
  };
}

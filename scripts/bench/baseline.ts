import fs from "node:fs";
import path from "node:path";
import { startServer } from "./processes";

export type Baseline = { path: string; bytes: number; contentType: string; ok: boolean; status: number; url: string };

/**
 * The cheapest possible Node server: scripts/bench/static-server.mjs answering every request with the exact bytes
 * (and content type) our server sent for `pagePath`, on 127.0.0.1:port. The bytes are kept in `dir` as baseline.html.
 */
export async function startBaseline(origin: string, pagePath: string, port: number, dir: string, log: (l: string) => void): Promise<Baseline> {
  const page = await fetch(origin + pagePath);
  const html = Buffer.from(await page.arrayBuffer());
  if (!page.ok) log(`!! ${pagePath} answered ${page.status}: the baseline serves that error page's bytes`);
  fs.mkdirSync(dir, { recursive: true });
  const htmlFile = path.join(dir, "baseline.html");
  fs.writeFileSync(htmlFile, html);
  const contentType = page.headers.get("content-type") ?? "text/html; charset=utf-8";
  const url = `http://127.0.0.1:${port}/`;
  log(`static baseline (node:http, ${html.length} bytes of ${pagePath}) on ${url}`);
  await startServer("static server", process.execPath, [path.resolve("scripts/bench/static-server.mjs"), htmlFile, contentType, String(port)], {
    url,
    env: { ...process.env, NODE_ENV: "production" },
  });
  return { path: pagePath, bytes: html.length, contentType, ok: page.ok, status: page.status, url };
}

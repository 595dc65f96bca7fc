import { postBreaking } from "../../lib/breaking/store";
import type { Db } from "../../lib/db/connection";
import { sleep } from "./processes";

/**
 * Puts breaking news on the bench server the way the newsroom does: items written straight to the SQLite file
 * while the server runs. Waits until /api/breaking lists them (the snapshot checks the store once a second) and
 * until the home page shows the last one (the watcher expires cached pages within ~2 s), so every measured page
 * carries the banner. Returns the ETag to send as If-None-Match.
 */
export async function postBenchBreaking(db: Db, origin: string, log: (l: string) => void): Promise<string> {
  const headlines = ["Bench: storm warning for the coast", "Bench: polls close at 8pm", "Bench: bridge reopens to traffic"];
  for (const headline of headlines) await postBreaking(db, { headline, link: "/" });
  const last = headlines[headlines.length - 1];

  const deadline = Date.now() + 15_000;
  let etag: string | null = null;
  while (Date.now() < deadline) {
    const res = await fetch(`${origin}/api/breaking`);
    const body = (await res.json()) as { items?: { headline: string }[] };
    if (res.ok && headlines.every((h) => body.items?.some((i) => i.headline === h))) {
      etag = res.headers.get("etag");
      break;
    }
    await sleep(250);
  }
  if (!etag) throw new Error(`/api/breaking did not list the ${headlines.length} posted items (with an ETag) within 15 s`);
  log(`posted ${headlines.length} breaking items; /api/breaking lists them, ETag ${etag}`);

  while (Date.now() < deadline) {
    if ((await (await fetch(`${origin}/`)).text()).includes(last)) return etag;
    await sleep(250);
  }
  log(`!! the home page does not show the posted items after 15 s: pages are measured with a stale banner`);
  return etag;
}

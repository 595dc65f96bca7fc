import { formatTable, kb } from "./report";
import type { PageWeight } from "./weight";

/** Our gzipped first-load JS per page, and how far above the framework floor (when it was measured) it is. */
export function jsTable(pages: { name: string; w: PageWeight }[], floor: PageWeight | null): string {
  const head = ["page", "JS gzipped", "files", "vs floor"];
  const body = pages.map(({ name, w }) => [
    name,
    kb(w.js.gzip),
    String(w.js.files.length),
    floor ? `floor + ${((w.js.gzip - floor.js.gzip) / 1024).toFixed(1)} KB` : "-",
  ]);
  if (floor) body.unshift(["(framework floor)", kb(floor.js.gzip), String(floor.js.files.length), "floor"]);
  return formatTable(head, body);
}

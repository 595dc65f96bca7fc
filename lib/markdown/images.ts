import type { Nodes } from "mdast";
import { safeImageSrc } from "./urls";

export type ImageDimensions = { width: number; height: number };

/** Allowed image srcs in document order, without duplicates: the keys `ArticleBody`'s `images` prop is read by. */
export function imageSources(tree: Nodes): string[] {
  const found = new Set<string>();
  const walk = (node: Nodes) => {
    if (node.type === "image") {
      const src = safeImageSrc(node.url);
      if (src) found.add(src);
    }
    if ("children" in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return [...found];
}

/**
 * Every image address in the tree as written, allowed or not, in document order and without duplicates: what a
 * save checks (references are already resolved by `parseMarkdown`, and images inside links, lists, quotes and
 * tables are found too).
 */
export function imageUrls(tree: Nodes): string[] {
  const found = new Set<string>();
  const walk = (node: Nodes) => {
    if (node.type === "image") found.add(node.url);
    if ("children" in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return [...found];
}

/** Dimensions usable for layout: positive, finite numbers; anything else counts as unknown. */
export function usableDimensions(d: ImageDimensions | undefined): ImageDimensions | null {
  if (!d) return null;
  const ok = (n: number) => Number.isFinite(n) && n > 0;
  return ok(d.width) && ok(d.height) ? { width: Math.round(d.width), height: Math.round(d.height) } : null;
}

import type { Definition, Nodes, PhrasingContent, Root, RootContent } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { imageSources, imageUrls } from "./images";

/** CommonMark + GFM (tables, task items, strikethrough, autolinks). No smartypants: text stays as written. */
const processor = unified().use(remarkParse).use(remarkGfm).freeze();

/**
 * Parses an article body into an mdast tree. Reference-style links and images (`[text][ref]` with
 * `[ref]: url`) are resolved into plain `link` and `image` nodes here, so every consumer checks one kind of URL
 * node and never has to look definitions up itself. Definitions are then removed.
 */
export function parseMarkdown(markdown: string): Root {
  const tree = processor.parse(markdown);
  const definitions = new Map<string, Definition>();
  collectDefinitions(tree, definitions);
  return { ...tree, children: resolveChildren(tree.children, definitions) as RootContent[] };
}

function collectDefinitions(node: Nodes, into: Map<string, Definition>): void {
  if (node.type === "definition") {
    // CommonMark: the first definition of a label wins.
    if (!into.has(node.identifier)) into.set(node.identifier, node);
    return;
  }
  if ("children" in node) for (const child of node.children) collectDefinitions(child, into);
}

function resolveChildren(children: Nodes[], definitions: Map<string, Definition>): Nodes[] {
  const out: Nodes[] = [];
  for (const child of children) {
    const resolved = resolve(child, definitions);
    if (resolved) out.push(resolved);
  }
  return out;
}

function resolve(node: Nodes, definitions: Map<string, Definition>): Nodes | null {
  if (node.type === "definition") return null;
  if (node.type === "linkReference") {
    const def = definitions.get(node.identifier);
    const children = resolveChildren(node.children, definitions) as PhrasingContent[];
    // An unknown label cannot occur after micromark, but if it did, an empty URL renders as the link text only.
    return { type: "link", url: def?.url ?? "", title: def?.title ?? null, children, position: node.position };
  }
  if (node.type === "imageReference") {
    const def = definitions.get(node.identifier);
    if (!def) return { type: "text", value: node.alt ?? "", position: node.position };
    return { type: "image", url: def.url, title: def.title ?? null, alt: node.alt ?? "", position: node.position };
  }
  if ("children" in node) return { ...node, children: resolveChildren(node.children, definitions) } as Nodes;
  return node;
}

/** The body's allowed image srcs, so a page can look up their dimensions before rendering `ArticleBody`. */
export function bodyImageSources(markdown: string): string[] {
  return imageSources(parseMarkdown(markdown));
}

/**
 * Every image address in the body as written (see `imageUrls`), for the check on save. Every Markdown image,
 * inline or by reference, begins with `![`, so a body without those two characters has none and is not parsed
 * (the bulk generator's bodies, for one); the tree decides for every other body.
 */
export function bodyImageUrls(markdown: string): string[] {
  return markdown.includes("![") ? imageUrls(parseMarkdown(markdown)) : [];
}

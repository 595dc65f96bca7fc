import type { PhrasingContent, RootContent } from "mdast";
import { parseMarkdown } from "./parse";
import { nodeText } from "./text";

/**
 * The body's readable text for meta descriptions, feeds and search snippets: no Markdown syntax, no raw HTML,
 * no image alts or URLs, no footnotes. Blocks are separated by a blank line; line breaks inside a block become
 * spaces. Typographic characters are kept as written. Callers that want one line can collapse `\n\n`.
 */
export function markdownToPlainText(markdown: string): string {
  return blocksText(parseMarkdown(markdown).children).join("\n\n");
}

function blocksText(nodes: RootContent[]): string[] {
  return nodes.flatMap(blockText).filter((s) => s !== "");
}

function blockText(node: RootContent): string[] {
  switch (node.type) {
    case "paragraph":
    case "heading":
      return [inline(node.children)];
    case "blockquote":
    case "listItem":
      return blocksText(node.children);
    case "list":
      return node.children.flatMap(blockText);
    case "code":
      return [node.value];
    case "table":
      return [node.children.map((row) => row.children.map((cell) => inline(cell.children)).join(" ")).join("\n")];
    default:
      // html, thematicBreak, footnoteDefinition, definition and anything unknown carry no readable text.
      return [];
  }
}

function inline(nodes: PhrasingContent[]): string {
  return nodes
    .map(nodeText)
    .join("")
    .replace(/[ \t\r\n]+/g, " ")
    .trim();
}

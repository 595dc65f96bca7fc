import type { Nodes } from "mdast";

/**
 * The readable text of an mdast node: text and inline code, with line breaks as spaces. Raw HTML, images and
 * footnote references contribute nothing, so this is safe for slugs, snippets and emptiness checks.
 */
export function nodeText(node: Nodes): string {
  switch (node.type) {
    case "text":
    case "inlineCode":
      return node.value;
    case "break":
      return " ";
    case "html":
    case "image":
    case "imageReference":
    case "footnoteReference":
    case "footnoteDefinition":
    case "definition":
      return "";
    default:
      return "children" in node ? node.children.map(nodeText).join("") : "";
  }
}

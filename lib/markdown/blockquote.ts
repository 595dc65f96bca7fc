import type { Blockquote, BlockContent, DefinitionContent, Paragraph, PhrasingContent } from "mdast";
import { nodeText } from "./text";

export type QuoteParts = {
  quote: (BlockContent | DefinitionContent)[];
  /** The attribution with its leading dash removed, or null when the quote has none. */
  attribution: PhrasingContent[] | null;
};

const DASH = /^\s*(?:—|--)\s*/;

/**
 * Finds a blockquote's attribution: a last paragraph that starts with an em dash (or `--`), or the last line of
 * the last paragraph when it does (`> Quote…` then `> — Name` on the next line, which Markdown joins into one
 * paragraph). Only an attribution that leaves some quote behind counts.
 */
export function splitAttribution(node: Blockquote): QuoteParts {
  const blocks = node.children;
  const last = blocks.at(-1);
  const none = { quote: blocks, attribution: null };
  if (!last || last.type !== "paragraph") return none;

  if (blocks.length > 1) {
    const attribution = stripDash(last.children);
    if (attribution) return { quote: blocks.slice(0, -1), attribution };
  }

  const split = splitLastLine(last);
  if (!split) return none;
  const attribution = stripDash(split.tail);
  if (!attribution || nodeText({ type: "paragraph", children: split.head }).trim() === "") return none;
  return { quote: [...blocks.slice(0, -1), { ...last, children: split.head }], attribution };
}

/** Removes the leading dash; null when the phrasing does not start with one or nothing follows it. */
function stripDash(children: PhrasingContent[]): PhrasingContent[] | null {
  const first = children[0];
  if (!first || first.type !== "text" || !DASH.test(first.value)) return null;
  const rest = first.value.replace(DASH, "");
  const out = rest ? [{ ...first, value: rest }, ...children.slice(1)] : children.slice(1);
  return nodeText({ type: "paragraph", children: out }).trim() ? out : null;
}

/** Splits a paragraph at its last soft or hard line break. */
function splitLastLine(p: Paragraph): { head: PhrasingContent[]; tail: PhrasingContent[] } | null {
  for (let i = p.children.length - 1; i >= 0; i--) {
    const child = p.children[i];
    if (child.type === "break") return { head: p.children.slice(0, i), tail: p.children.slice(i + 1) };
    if (child.type === "text") {
      const nl = child.value.lastIndexOf("\n");
      if (nl === -1) continue;
      const before = child.value.slice(0, nl).trimEnd();
      const after = child.value.slice(nl + 1);
      return {
        head: [...p.children.slice(0, i), ...(before ? [{ ...child, value: before }] : [])],
        tail: [...(after ? [{ ...child, value: after }] : []), ...p.children.slice(i + 1)],
      };
    }
  }
  return null;
}

import { Fragment, type ReactNode } from "react";
import type { AlignType, Blockquote, Image, List, Nodes, Paragraph, PhrasingContent, RootContent, Table } from "mdast";
import { splitAttribution } from "@/lib/markdown/blockquote";
import { type ImageDimensions, usableDimensions } from "@/lib/markdown/images";
import { clampHeadingDepth } from "@/lib/markdown/slug";
import { nodeText } from "@/lib/markdown/text";
import { safeImageSrc, safeLink } from "@/lib/markdown/urls";
import { BodyFigure } from "./BodyFigure";
import { BodyImage } from "./BodyImage";

/**
 * mdast → React with an allowlist. Each node type the newsroom uses has a case below; raw HTML, footnotes and
 * anything unknown are dropped or reduced to their text. Text always goes through React, which escapes it, so
 * nothing in a body can become markup. Spacing is in em so the page's text-size setting scales it.
 */
export type RenderContext = {
  /** Gives each heading a unique id (one slugger per body). */
  slug: (text: string) => string;
  images: Record<string, ImageDimensions>;
  siteUrl: string;
  /** Inside a link: an image on another site becomes its alt text, as a link may not hold another. */
  inLink?: boolean;
};

// Blocks are elements made by plain functions, not components: a component whose output is a fragment is sent in
// the RSC payload as one more keyed fragment around it, on every paragraph (decision 028).
export function renderBlocks(nodes: RootContent[], ctx: RenderContext): ReactNode[] {
  return nodes.flatMap((node, i) => renderBlock(node, ctx, i));
}

function renderBlock(node: RootContent, ctx: RenderContext, key: number): ReactNode | ReactNode[] {
  switch (node.type) {
    case "paragraph":
      return paragraphOrFigures(node, ctx, true, key);
    case "heading": {
      const Tag = `h${clampHeadingDepth(node.depth)}` as const;
      return (
        <Tag key={key} id={ctx.slug(nodeText(node))}>
          {renderPhrasing(node.children, ctx)}
        </Tag>
      );
    }
    case "list":
      return renderList(node, ctx, key);
    case "blockquote":
      return renderQuote(node, ctx, key);
    case "table":
      return renderTable(node, ctx, key);
    case "code":
      return (
        <pre key={key} tabIndex={0}>
          <code>{node.value}</code>
        </pre>
      );
    case "thematicBreak":
      return <hr key={key} />;
    case "html":
    case "definition":
    case "footnoteDefinition":
      return null;
    default: {
      // Not on the allowlist: keep its words, lose its structure.
      const text = nodeText(node as Nodes).trim();
      return text ? (
        <p key={key}>
          {text}
        </p>
      ) : null;
    }
  }
}

export function renderPhrasing(nodes: PhrasingContent[], ctx: RenderContext): ReactNode[] {
  return nodes.map((node, i) => renderInline(node, ctx, i));
}

function renderInline(node: PhrasingContent, ctx: RenderContext, key: number): ReactNode {
  switch (node.type) {
    case "text":
      return withoutControls(node.value);
    case "emphasis":
      return <em key={key}>{renderPhrasing(node.children, ctx)}</em>;
    case "strong":
      return <strong key={key}>{renderPhrasing(node.children, ctx)}</strong>;
    case "delete":
      return <del key={key}>{renderPhrasing(node.children, ctx)}</del>;
    case "inlineCode":
      return <code key={key}>{node.value}</code>;
    case "break":
      return <br key={key} />;
    case "link": {
      const link = safeLink(node.url, ctx.siteUrl);
      const children = renderPhrasing(node.children, { ...ctx, inLink: true });
      if (!link) return <span key={key}>{children}</span>;
      return (
        <a
          key={key}
          href={link.href}
          {...(node.title ? { title: node.title } : {})}
          {...(link.external ? { rel: "noopener noreferrer" } : {})}
        >
          {children}
        </a>
      );
    }
    case "image": {
      // Inside a heading, link or cell a figure is not allowed: the image alone.
      const src = safeImageSrc(node.url);
      if (!src) return null;
      if (isOffSite(src)) return ctx.inLink ? withoutControls(node.alt ?? "") : <OffSiteImage key={key} src={src} alt={node.alt ?? ""} />;
      return <BodyImage key={key} src={src} alt={node.alt ?? ""} dimensions={usableDimensions(ctx.images[src])} />;
    }
    case "html":
    case "footnoteReference":
    case "imageReference":
      return null;
    default:
      return withoutControls(nodeText(node as Nodes));
  }
}

/** C0 controls other than tab and newlines are invalid in HTML text; they carry nothing a reader could see. */
function withoutControls(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "");
}

/**
 * A paragraph's top-level images become figures (a figure may not sit inside <p>); the text around them stays
 * in paragraphs. In tight lists (`wrap` false) the text is not wrapped, as Markdown renders them.
 */
function paragraphOrFigures(node: Paragraph, ctx: RenderContext, wrap: boolean, key: number): ReactNode[] {
  const parts: ReactNode[] = [];
  // The first part takes the block's own key, any later ones (text after a figure) a key of their own.
  const partKey = () => (parts.length === 0 ? String(key) : `${key}.${parts.length}`);
  let run: PhrasingContent[] = [];
  const flush = () => {
    const trimmed = trimRun(run);
    run = [];
    if (trimmed.length === 0) return;
    const content = renderPhrasing(trimmed, ctx);
    parts.push(
      wrap ? (
        <p key={partKey()}>
          {content}
        </p>
      ) : (
        <Fragment key={partKey()}>{content}</Fragment>
      ),
    );
  };
  for (const child of node.children) {
    if (child.type !== "image") {
      run.push(child);
      continue;
    }
    flush();
    const figure = renderFigure(child, ctx, partKey());
    if (figure) parts.push(figure);
  }
  flush();
  return parts;
}

function renderFigure(node: Image, ctx: RenderContext, key: string): ReactNode {
  const src = safeImageSrc(node.url);
  if (!src) return null;
  if (isOffSite(src)) {
    return (
      <p key={key}>
        <OffSiteImage src={src} alt={node.alt ?? ""} />
      </p>
    );
  }
  return <BodyFigure key={key} src={src} alt={node.alt ?? ""} title={node.title ?? null} dimensions={usableDimensions(ctx.images[src])} />;
}

/** `safeImageSrc` gives a path on this site (never `//host`) or an https URL, which is on another site. */
function isOffSite(src: string): boolean {
  return !src.startsWith("/");
}

/**
 * An image on another site, in a body saved before images had to come from the media library: a link to it
 * named by its alt text (or its address), so the page itself never asks that site for anything; a reader who
 * follows the link chooses to.
 */
function OffSiteImage({ src, alt }: { src: string; alt: string }) {
  return (
    <a href={src} rel="noopener noreferrer">
      {withoutControls(alt).trim() || src}
    </a>
  );
}

/** Drops whitespace and line breaks left at the edges of a run once images are lifted out of it. */
function trimRun(run: PhrasingContent[]): PhrasingContent[] {
  const out = [...run];
  const blank = (n: PhrasingContent | undefined) => n?.type === "break" || (n?.type === "text" && n.value.trim() === "");
  while (blank(out[0])) out.shift();
  while (blank(out.at(-1))) out.pop();
  const first = out[0];
  if (first?.type === "text") out[0] = { ...first, value: first.value.trimStart() };
  const last = out.at(-1);
  if (last?.type === "text") out[out.length - 1] = { ...last, value: last.value.trimEnd() };
  return out;
}

function renderList(node: List, ctx: RenderContext, key: number): ReactNode {
  // Markdown's "tight" list: no blank lines between or inside items, so item text is not wrapped in <p>.
  const loose = node.spread === true || node.children.some((item) => item.spread === true);
  const items = node.children.map((item, i) => (
    <li key={i}>
      {item.children.flatMap((child, j) => (child.type === "paragraph" && !loose ? paragraphOrFigures(child, ctx, false, j) : renderBlock(child, ctx, j)))}
    </li>
  ));
  return node.ordered ? (
    <ol key={key} start={node.start != null && node.start !== 1 ? node.start : undefined}>
      {items}
    </ol>
  ) : (
    <ul key={key}>
      {items}
    </ul>
  );
}

function renderQuote(node: Blockquote, ctx: RenderContext, key: number): ReactNode {
  const { quote, attribution } = splitAttribution(node);
  if (!attribution) return <blockquote key={key}>{renderBlocks(quote, ctx)}</blockquote>;
  // The HTML spec puts a quotation's attribution outside the blockquote: figure + figcaption.
  return (
    <figure key={key}>
      <blockquote>{renderBlocks(quote, ctx)}</blockquote>
      <figcaption className="ps-[1.25em] text-[0.9em]">
        —&nbsp;<cite className="not-italic">{renderPhrasing(attribution, ctx)}</cite>
      </figcaption>
    </figure>
  );
}

// Cells are start-aligned by the stylesheet; a class only where the author asked for another alignment.
const ALIGN: Record<Exclude<AlignType, null>, string> = { left: "text-left", center: "text-center", right: "text-right" };

function renderTable(node: Table, ctx: RenderContext, key: number): ReactNode {
  const [head, ...body] = node.children;
  if (!head) return null;
  // A spread, not className={undefined}: an undefined prop is still sent in the RSC payload ("$undefined").
  const align = (i: number): { className?: string } => {
    const a = node.align?.[i];
    return a ? { className: ALIGN[a] } : {};
  };
  return (
    // Wide tables scroll inside their own box on phones; tabIndex lets keyboard users scroll it.
    <div key={key} tabIndex={0} className="table-scroll">
      <table className="body-table">
        <thead>
          <tr>
            {head.children.map((c, i) => (
              <th key={i} scope="col" {...align(i)}>
                {renderPhrasing(c.children, ctx)}
              </th>
            ))}
          </tr>
        </thead>
        {body.length > 0 ? (
          <tbody>
            {body.map((row, r) => (
              <tr key={r}>
                {row.children.map((c, i) => (
                  <td key={i} {...align(i)}>
                    {renderPhrasing(c.children, ctx)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        ) : null}
      </table>
    </div>
  );
}

import type { ImageDimensions } from "@/lib/markdown/images";
import { parseImageTitle } from "@/lib/markdown/image-title";
import { BodyImage } from "./BodyImage";

/** A body image as a figure; the Markdown title gives caption and credit (see lib/markdown/image-title.ts). */
export function BodyFigure(props: { src: string; alt: string; title: string | null; dimensions: ImageDimensions | null }) {
  const { caption, credit } = parseImageTitle(props.title);
  return (
    <figure>
      <BodyImage src={props.src} alt={props.alt} dimensions={props.dimensions} />
      {caption || credit ? (
        <figcaption className="text-[0.875em] leading-snug">
          {caption}
          {caption && credit ? " " : null}
          {credit ? <span className="article-body__credit text-[0.9em]">{credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}

import { SizedImage } from "@/components/media/SizedImage";
import type { Image as ImageData } from "@/lib/content/types";

/** The hero image with its caption and credit. Width and height are known, so nothing shifts as it loads. */
export function HeroFigure({ image }: { image: ImageData }) {
  return (
    <figure className="hero">
      <SizedImage
        src={image.src}
        width={image.width}
        height={image.height}
        alt={image.alt}
        priority
        sizes="(min-width: 1024px) 720px, 100vw"
      />
      {(image.caption || image.credit) && (
        <figcaption>
          {image.caption}
          {image.credit && <span className="credit">{image.credit}</span>}
        </figcaption>
      )}
    </figure>
  );
}

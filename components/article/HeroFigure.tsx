import { SizedImage } from "@/components/media/SizedImage";
import type { Image as ImageData } from "@/lib/content/types";

/** The hero image with its caption and credit. Width and height are known, so nothing shifts as it loads. */
export function HeroFigure({ image }: { image: ImageData }) {
  return (
    <figure className="my-6">
      <SizedImage
        src={image.src}
        width={image.width}
        height={image.height}
        alt={image.alt}
        priority
        sizes="(min-width: 1024px) 720px, 100vw"
        className="h-auto w-full bg-wash"
      />
      {(image.caption || image.credit) && (
        <figcaption className="mt-2 text-sm text-muted">
          {image.caption}
          {image.credit && <span className="ms-1 italic">{image.credit}</span>}
        </figcaption>
      )}
    </figure>
  );
}

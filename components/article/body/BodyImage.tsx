import { SizedImage } from "@/components/media/SizedImage";
import type { ImageDimensions } from "@/lib/markdown/images";

/** Sized for the article column: full width on phones, the 720px measure from tablets up. */
const SIZES = "(min-width: 768px) 720px, 100vw";
const CLASS = "block h-auto max-w-full";

/**
 * A same-site image (images on other sites never get here: render.tsx links to them instead). With known
 * dimensions the browser reserves the space (no layout shift) and the image optimiser serves resized copies. Without
 * dimensions a plain lazy <img> is the honest fallback.
 */
export function BodyImage({ src, alt, dimensions }: { src: string; alt: string; dimensions: ImageDimensions | null }) {
  if (dimensions) {
    return <SizedImage src={src} alt={alt} width={dimensions.width} height={dimensions.height} sizes={SIZES} className={CLASS} />;
  }
  // eslint-disable-next-line @next/next/no-img-element -- dimensions unknown, so the optimiser cannot be used
  return <img src={src} alt={alt} loading="lazy" decoding="async" className={CLASS} />;
}

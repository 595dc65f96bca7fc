import { getImageProps } from "next/image";

type Props = {
  src: string;
  alt: string;
  /** Intrinsic size, or the size it is shown at for a fixed-size picture (a thumbnail). */
  width: number;
  height: number;
  className?: string;
  /** For a picture whose width follows the layout: the widths it takes, as in `<img sizes>`. Leave it out for a
   * fixed-size picture: the browser then picks between a 1x and a 2x copy. */
  sizes?: string;
  /** The page's main picture (its largest paint): loaded at once, with high priority. */
  priority?: boolean;
};

/**
 * A picture served resized by Next's image optimiser, rendered on the server as a plain <img> with width,
 * height (no layout shift) and srcset. next/image's own component is a client component: it put its code in
 * every reader page's JavaScript and its props in the RSC payload, for nothing a server-rendered <img> cannot do.
 */
export function SizedImage(p: Props) {
  // eslint-disable-next-line @next/next/no-img-element -- this is next/image's own markup, rendered on the server
  return <img {...imageAttrs(p)} alt={p.alt} />;
}

/** The <img> attributes next/image would give, for SizedImage and for islands that draw their own <img>. */
export function imageAttrs({ src, alt, width, height, className, sizes, priority = false }: Props) {
  const { props } = getImageProps({ src, alt, width, height, sizes, className, loading: priority ? "eager" : "lazy", fetchPriority: priority ? "high" : undefined });
  // next/image's inline style (transparent alt text while loading) is left out: the alt text may show on a slow line.
  // decoding="async" only where the picture loads lazily: the page's main picture should paint as soon as it is decoded.
  const { style: _style, ...all } = priority ? { ...props, decoding: undefined } : props;
  // Only the attributes that have a value: an undefined prop is still sent in the RSC payload ("$undefined").
  return Object.fromEntries(Object.entries(all).filter(([, v]) => v !== undefined)) as typeof all;
}

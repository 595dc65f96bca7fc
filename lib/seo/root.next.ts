import type { Metadata, Viewport } from "next";
import { config } from "../config";

/**
 * What every root layout says (the reader site's, each edition's, the newsroom's: there is one per tree, so each
 * can set <html lang dir> for its own pages). `siteName` is the edition's, in its language.
 */
export function rootMetadata(siteName: string, tagline: string): Metadata {
  return {
    metadataBase: new URL(config().siteUrl),
    title: { default: siteName, template: `%s · ${siteName}` },
    description: tagline,
  };
}

export const rootViewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0b3a63" };

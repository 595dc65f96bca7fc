import "server-only";
import { notFound } from "next/navigation";
import type { EditionInfo } from "../editions/registry";
import { editionOfParam } from "../editions/paths";

/**
 * The edition of a reader route's `[edition]` segment, or the 404. Unknown codes are turned away before routing
 * (next.config.ts), and the layout checks again; pages render beside the layout, not after it, so each checks too.
 */
export async function editionFromParams(params: Promise<{ edition: string }>): Promise<EditionInfo> {
  return editionOfParam((await params).edition) ?? notFound();
}

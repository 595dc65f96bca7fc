import type { Principal } from "./roles";

/** Who uploads, for the media library's limits and ownership: a user or an API key (lib/media's Uploader). */
export function uploaderOf(principal: Principal): { kind: "user" | "key"; id: number } {
  return principal.kind === "user" ? { kind: "user", id: principal.userId } : { kind: "key", id: principal.keyId };
}

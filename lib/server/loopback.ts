import { config } from "../config";
import { refreshToken } from "./loopback-token";

/**
 * Background jobs (the breaking-news watcher, the scheduled-publishing clock, the second expiry after a write)
 * run outside any request, where Next.js cannot revalidate tags, so they ask their own server over loopback,
 * proving with a per-process token that the request is theirs. `next start` puts the port it listens on in
 * process.env.PORT. With `again`, the server expires the tags once more a moment later, as after any write
 * (lib/content/revalidate.next.ts).
 */
export async function revalidateViaLoopback(tags: string[], { again = false }: { again?: boolean } = {}): Promise<void> {
  const port = process.env.PORT ?? String(config().port);
  const res = await fetch(`http://127.0.0.1:${port}/api/internal/revalidate`, {
    method: "POST",
    headers: { "x-dispatch-refresh": refreshToken(), "content-type": "application/json" },
    body: JSON.stringify(again ? { tags, again } : { tags }),
  });
  if (!res.ok) throw new Error(`revalidate answered ${res.status}`);
}

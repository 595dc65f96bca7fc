import { config } from "../config";
import { refreshToken } from "./loopback-token";

/**
 * Background jobs (the breaking-news watcher, the scheduled-publishing clock) run outside any request, where
 * Next.js cannot revalidate tags, so they ask their own server over loopback, proving with a per-process token
 * that the request is theirs. `next start` puts the port it listens on in process.env.PORT.
 */
export async function revalidateViaLoopback(tags: string[]): Promise<void> {
  const port = process.env.PORT ?? String(config().port);
  const res = await fetch(`http://127.0.0.1:${port}/api/internal/revalidate`, {
    method: "POST",
    headers: { "x-dispatch-refresh": refreshToken(), "content-type": "application/json" },
    body: JSON.stringify({ tags }),
  });
  if (!res.ok) throw new Error(`revalidate answered ${res.status}`);
}

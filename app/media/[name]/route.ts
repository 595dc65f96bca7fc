import { db } from "@/lib/db/connection";
import { readMediaFile } from "@/lib/media/files";

/** Uploaded images, from the database. Names are generated (a UUID), so a file never changes: cache it for a year. */
export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }) {
  const file = await readMediaFile(db(), (await params).name);
  if (!file) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.bytes.byteLength),
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

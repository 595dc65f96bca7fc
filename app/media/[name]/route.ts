import fs from "node:fs/promises";
import path from "node:path";
import { mediaDir, mimeOf } from "@/lib/media/uploads";

/** Uploaded images. Names are generated (a UUID), so a file never changes: cache it for a year. */
export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  const type = mimeOf(name);
  if (!/^[0-9a-f-]{36}\.(jpg|png|webp)$/.test(name) || !type) return new Response("Not found", { status: 404 });
  try {
    const bytes = await fs.readFile(path.join(mediaDir(), name));
    return new Response(bytes, {
      headers: { "Content-Type": type, "Cache-Control": "public, max-age=31536000, immutable", "X-Content-Type-Options": "nosniff" },
    });
  } catch {
    return new Response("Not found", { status: 404 });
  }
}

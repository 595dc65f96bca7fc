import { config } from "@/lib/config";
import { db } from "@/lib/db/connection";
import { MAX_UPLOAD_BYTES, saveUpload } from "@/lib/media/uploads";
import { uploaderOf } from "@/lib/newsroom/uploader";
import { HttpError, ValidationError } from "@/lib/errors";
import { adminRoute, readLimitedBytes } from "@/lib/newsroom/http.next";
import { requirePermission } from "@/lib/newsroom/roles";

export const dynamic = "force-dynamic";

/**
 * POST /media: the image as the raw body (Content-Type image/*) or as multipart form data with a `file` field
 * (and optional alt, caption, credit). Answers { src, width, height }. Each user or key may upload UPLOADS_PER_HOUR
 * images in any hour (429 with Retry-After beyond) and keep UPLOAD_QUOTA_MB (403 beyond).
 */
export const POST = adminRoute(async (request, { principal }) => {
  requirePermission(principal, "media:upload");
  const type = request.headers.get("content-type") ?? "";
  // The limit is checked on the raw stream, before any parsing, with room for the form's own fields.
  const raw = await readLimitedBytes(request, MAX_UPLOAD_BYTES + 64_000);
  let bytes: Uint8Array = raw;
  const meta: { alt?: string; caption?: string; credit?: string } = {};
  if (/^multipart\/form-data/i.test(type)) {
    const form = await new Response(raw as BodyInit, { headers: { "content-type": type } }).formData().catch(() => {
      throw new HttpError(400, "The form data could not be read");
    });
    const file = form.get("file");
    if (!(file instanceof Blob)) throw new ValidationError("Attach the image in a form field named file", "file");
    bytes = new Uint8Array(await file.arrayBuffer());
    for (const k of ["alt", "caption", "credit"] as const) {
      const v = form.get(k);
      if (typeof v === "string" && v.trim()) meta[k] = v.trim();
    }
  } else if (!/^image\//i.test(type)) {
    throw new HttpError(415, "Send the image as multipart/form-data (field file) or as the body with an image/* Content-Type");
  }
  if (bytes.byteLength > MAX_UPLOAD_BYTES) throw new HttpError(413, `Images can be at most ${MAX_UPLOAD_BYTES / 1_000_000} MB`);
  return Response.json(await saveUpload(db(), bytes, meta, { uploader: uploaderOf(principal), limits: config().uploads }), { status: 201 });
});

import { db } from "@/lib/db/connection";
import { deleteUnusedUpload } from "@/lib/media/uploads";
import { adminRoute } from "@/lib/newsroom/http.next";
import { can, requirePermission } from "@/lib/newsroom/roles";
import { uploaderOf } from "@/lib/newsroom/uploader";

export const dynamic = "force-dynamic";

/**
 * DELETE /media/<name>: removes an uploaded image that nothing uses (409 naming what still does). Uploaders delete
 * their own; editors and admins anyone's. Answers 204.
 */
export const DELETE = adminRoute<{ name: string }>(async (_request, { principal, params }) => {
  requirePermission(principal, "media:upload");
  await deleteUnusedUpload(db(), params.name, { uploader: uploaderOf(principal), mayDeleteAny: can(principal.role, "media:delete-any") });
  return new Response(null, { status: 204 });
});

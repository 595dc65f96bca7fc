import { HttpError } from "../errors";

/**
 * Request bodies read with a size limit, before anything parses them: every route under app/api/ that reads a
 * body goes through here (the admin API through readJson in http.next.ts, the console's forms and sign-in through
 * limitBody), so no request can make the server buffer more than its route allows. No Next.js here.
 */

/** Sign-in: an email, a password and a return path fit many times over. */
export const SIGN_IN_MAX_BYTES = 16_000;
/** The console's plain forms (breaking news and the like). */
export const CONSOLE_FORM_MAX_BYTES = 256_000;

/** The 413 a route answers for a body over `maxBytes`, saying what the limit is. */
export class PayloadTooLargeError extends HttpError {
  constructor(maxBytes: number) {
    super(413, `The request is too large: this address accepts at most ${Math.round(maxBytes / 1000)} kB. Send less and try again`);
    this.name = "PayloadTooLargeError";
  }
}

/** The body as bytes, refusing (413) as soon as it passes `maxBytes`, whatever Content-Length claims. */
export async function readLimitedBytes(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw new PayloadTooLargeError(maxBytes);
  if (!request.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new PayloadTooLargeError(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * The same request with its body already read under `maxBytes`, so a route parses it as before
 * (`request.formData()`, `request.json()`) and never from the unbounded stream; or, over the limit, the 413 to
 * answer (JSON `{ error: { message } }`, as the admin API answers).
 */
export async function limitBody(request: Request, maxBytes: number): Promise<Request | Response> {
  let bytes: Uint8Array;
  try {
    bytes = await readLimitedBytes(request, maxBytes);
  } catch (err) {
    if ((err as { status?: unknown }).status !== 413) throw err;
    return Response.json({ error: { message: (err as Error).message } }, { status: 413, headers: { "Cache-Control": "no-store" } });
  }
  const headers = new Headers(request.headers);
  headers.delete("content-length");
  return new Request(request.url, { method: request.method, headers, body: bytes.byteLength > 0 ? (bytes as BodyInit) : null });
}

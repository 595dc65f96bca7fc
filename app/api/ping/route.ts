// The cheapest route handler Next.js can serve: a constant, no database, no cache. The benchmark measures
// /api/breaking beside it, so the difference is the breaking-news code's own cost. It doubles as a liveness
// check for operators: a 200 here means the Node process is up and answering, nothing more.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ ok: true });
}

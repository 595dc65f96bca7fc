import { healthReport, httpStatusOf } from "@/lib/health/report";

// Every probe asks the dependencies afresh; no cache (ours, a CDN's or nginx's) may keep the answer.
export const dynamic = "force-dynamic";

/** Each dependency's state for load balancers and monitoring: 200 ok/degraded, 503 when the database is down. */
export async function GET() {
  const report = await healthReport();
  return Response.json(report, { status: httpStatusOf(report), headers: { "Cache-Control": "no-store" } });
}

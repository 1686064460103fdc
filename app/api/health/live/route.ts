import { NextResponse } from "next/server";

export const dynamic = "force-dynamic";

/**
 * Liveness: the process runs and answers HTTP. It looks at nothing else on purpose: a database or upstream outage
 * must not make the orchestrator restart every replica (readiness, `/api/health/ready`, takes them out of service).
 */
export function GET() {
  return NextResponse.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
}

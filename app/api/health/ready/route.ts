import { NextResponse } from "next/server";
import { checkReadiness } from "@/lib/platform/health/check-readiness";

export const dynamic = "force-dynamic";

/** Readiness: 200 when this replica can serve users (database, migrations, job queue), otherwise 503. */
export async function GET() {
  const readiness = await checkReadiness();
  return NextResponse.json(readiness, {
    status: readiness.status === "ready" ? 200 : 503,
    headers: { "cache-control": "no-store" },
  });
}

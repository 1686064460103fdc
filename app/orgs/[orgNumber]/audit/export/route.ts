import { streamAuditCsv } from "@/lib/audit/stream-audit-csv";
import { getSessionUser } from "@/lib/auth/get-session-user";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";
import { requireMembership } from "@/lib/organisations/require-membership";

// The organisation's audit log as CSV, for its administrators only (non-members get 404, like pages).
export async function GET(_request: Request, context: RouteContext<"/orgs/[orgNumber]/audit/export">) {
  const { orgNumber } = await context.params;
  const user = await getSessionUser();
  if (!user) return new Response("Unauthenticated", { status: 401 });
  let organisationId: string;
  try {
    const membership = await requireMembership({ db: db(), userId: user.id, orgNumber, minimumRole: "ADMIN" });
    organisationId = membership.organisation.id;
  } catch (error) {
    if (error instanceof AppError) return new Response(error.code, { status: error.code === "FORBIDDEN" ? 403 : 404 });
    throw error;
  }
  const date = new Date().toISOString().slice(0, 10);
  return new Response(streamAuditCsv({ organisationId }), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="audit-${orgNumber}-${date}.csv"`,
      "cache-control": "no-store",
    },
  });
}

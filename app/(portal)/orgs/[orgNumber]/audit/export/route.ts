import { streamAuditCsv } from "@/lib/audit/stream-audit-csv";
import { orgRoute } from "@/lib/platform/http/safe-route";

// The organisation's audit log as CSV, for its administrators only (non-members get 404, like pages).
export const GET = orgRoute({ minimumRole: "ADMIN" }, async ({ organisation }) => {
  const date = new Date().toISOString().slice(0, 10);
  return new Response(streamAuditCsv({ organisationId: organisation.id }), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="audit-${organisation.orgNumber}-${date}.csv"`,
      "cache-control": "no-store",
    },
  });
});

import "server-only";
import { db } from "@/lib/platform/db/prisma";
import { AUDIT_CSV_HEADER, csvRow } from "./audit-csv";

const PAGE = 500;

/**
 * The organisation's whole audit log as a CSV stream, newest first, read in pages by keyset (createdAt,
 * id) so a large log never sits in memory and no row is skipped or repeated between pages.
 */
export function streamAuditCsv(options: { organisationId: string }): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let cursor: { createdAt: Date; id: string } | null = null;
  let headerSent = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!headerSent) {
        headerSent = true;
        controller.enqueue(encoder.encode(`\uFEFF${csvRow(AUDIT_CSV_HEADER)}`));
        return;
      }
      const after = cursor;
      const rows = await db().auditEvent.findMany({
        where: {
          organisationId: options.organisationId,
          ...(after
            ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] }
            : {}),
        },
        select: {
          id: true,
          createdAt: true,
          action: true,
          targetType: true,
          targetId: true,
          summary: true,
          correlationId: true,
          actor: { select: { name: true } },
        },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: PAGE,
      });
      if (rows.length > 0) {
        const last = rows[rows.length - 1]!;
        cursor = { createdAt: last.createdAt, id: last.id };
        const text = rows
          .map((row) =>
            csvRow([
              row.createdAt,
              row.actor?.name ?? "",
              row.action,
              row.targetType,
              row.targetId,
              row.summary,
              row.correlationId,
            ]),
          )
          .join("");
        controller.enqueue(encoder.encode(text));
      }
      if (rows.length < PAGE) controller.close();
    },
  });
}

import "server-only";
import { db } from "@/lib/platform/db/prisma";
import { AUDIT_CSV_HEADER, csvRow } from "./audit-csv";
import { NEWEST_FIRST, olderThan, type TAuditCursor } from "./audit-keyset";

const PAGE = 500;

/**
 * The organisation's whole audit log as a CSV stream, newest first, read in pages by keyset (createdAt,
 * id; audit-keyset.ts) so a large log never sits in memory, no row is skipped or repeated between pages, and
 * each page is a seek on the index rather than a scan past every row already sent.
 */
export function streamAuditCsv(options: { organisationId: string }): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let cursor: TAuditCursor | null = null;
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
        where: { organisationId: options.organisationId, ...(after ? olderThan(after) : {}) },
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
        orderBy: NEWEST_FIRST,
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

import "server-only";
import type { Prisma } from "@/lib/platform/db/create-prisma-client";
import { db } from "@/lib/platform/db/prisma";

export const AUDIT_PAGE_SIZE = 25;

const auditEventSelect = {
  id: true,
  action: true,
  targetType: true,
  targetId: true,
  summary: true,
  correlationId: true,
  createdAt: true,
  actor: { select: { name: true } },
} as const satisfies Prisma.AuditEventSelect;

type TSelected = Prisma.AuditEventGetPayload<{ select: typeof auditEventSelect }>;
export type TAuditEvent = Omit<TSelected, "actor"> & { actorName: string | null };

export type TAuditPage = { events: TAuditEvent[]; page: number; pageCount: number; total: number };

/** One page of an organisation's audit log, newest first. */
export async function listAuditEvents(options: { organisationId: string; page: number }): Promise<TAuditPage> {
  const where = { organisationId: options.organisationId } satisfies Prisma.AuditEventWhereInput;
  const total = await db().auditEvent.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(Math.max(1, options.page), pageCount);
  const rows = await db().auditEvent.findMany({
    where,
    select: auditEventSelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
  });
  const events = rows.map(({ actor, ...row }) => ({ ...row, actorName: actor?.name ?? null }));
  return { events, page, pageCount, total };
}

import "server-only";
import { cursorOf, type TAuditCursor } from "@/lib/audit/audit-keyset";
import { listVersionAuthors } from "@/lib/consent-resources/list-version-authors";
import type { Prisma } from "@/lib/platform/db/create-prisma-client";
import { db } from "@/lib/platform/db/prisma";
import type { TEnvironment } from "@/lib/platform/environment";
import type { TRegistrySync } from "@/lib/publishing/latest-registry-changes";
import type { TResourceEventKind } from "@/lib/publishing/record-resource-event";

/** Events per page of the history: a bounded read, paged by position (createdAt, id), never OFFSET. */
export const HISTORY_PAGE_SIZE = 20;

export type THistoryEvent = {
  id: string;
  environment: TEnvironment;
  kind: TResourceEventKind;
  version: number;
  status: string | null;
  /** The person's name; null when the operation did not record who acted. */
  actorName: string | null;
  createdAt: Date;
  /** Whether the registry has the change yet (its UpstreamChange); null when that row is gone. */
  sync: Pick<TRegistrySync, "status" | "lastError"> | null;
};

const olderThan = (cursor: TAuditCursor) =>
  ({
    createdAt: { lte: cursor.createdAt },
    OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }],
  }) satisfies Prisma.ConsentResourceEventWhereInput;

/**
 * A resource's history, newest first, one page from `before` (the position of the last event shown). The
 * organisation is in the query, so another organisation's resource reads as having no history.
 */
export async function listResourceHistory(options: {
  organisationId: string;
  identifier: string;
  before: TAuditCursor | null;
}): Promise<{ events: THistoryEvent[]; next: string | null }> {
  const rows = await db().consentResourceEvent.findMany({
    where: {
      resource: { organisationId: options.organisationId, identifier: options.identifier },
      ...(options.before ? olderThan(options.before) : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: HISTORY_PAGE_SIZE + 1,
    select: {
      id: true,
      environment: true,
      kind: true,
      version: true,
      status: true,
      actorId: true,
      upstreamChangeId: true,
      createdAt: true,
    },
  });
  const page = rows.slice(0, HISTORY_PAGE_SIZE);
  const changeIds = page.flatMap((row) => (row.upstreamChangeId ? [row.upstreamChangeId] : []));
  const [changes, authors] = await Promise.all([
    db().upstreamChange.findMany({
      where: { id: { in: changeIds }, organisationId: options.organisationId },
      select: { id: true, status: true, lastError: true },
    }),
    listVersionAuthors(page.map((row) => row.actorId)),
  ]);
  const syncOf = new Map(changes.map((change) => [change.id, { status: change.status, lastError: change.lastError }]));
  const events = page.map(({ actorId, upstreamChangeId, ...row }) => ({
    ...row,
    actorName: actorId ? (authors[actorId] ?? null) : null,
    sync: (upstreamChangeId && syncOf.get(upstreamChangeId)) || null,
  }));
  const last = page.at(-1);
  return { events, next: rows.length > HISTORY_PAGE_SIZE && last ? cursorOf(last) : null };
}

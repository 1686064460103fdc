import { z } from "zod";
import type { Prisma } from "@/lib/platform/db/create-prisma-client";

// The audit log's order is (createdAt, id), newest first; a position in it is the (createdAt, id) of one event,
// written into links as `{ISO time}_{uuid}`. Reading from a position is a seek on the index
// (organisationId, createdAt DESC, id DESC), so the 2,000th page costs what the first does (no OFFSET).

export type TAuditCursor = { createdAt: Date; id: string };

const ZCursor = z
  .string()
  .regex(/^[0-9TZ:.-]{20,30}_[0-9a-f-]{36}$/i)
  .transform((value) => {
    const [time, id] = value.split("_") as [string, string];
    return { createdAt: new Date(time), id: id.toLowerCase() };
  })
  .refine((cursor) => !Number.isNaN(cursor.createdAt.getTime()) && z.uuid().safeParse(cursor.id).success);

export const cursorOf = (event: TAuditCursor) => `${event.createdAt.toISOString()}_${event.id}`;

/** The position in a link, or null when it is missing or malformed (then the log starts from the newest). */
export function parseCursor(value: unknown): TAuditCursor | null {
  const parsed = ZCursor.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * Events after `cursor` in the log's order (older ones). The `createdAt` bound repeats what the OR says so that
 * PostgreSQL can seek the index to it rather than filter every newer row.
 */
export const olderThan = (cursor: TAuditCursor) =>
  ({
    createdAt: { lte: cursor.createdAt },
    OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }],
  }) satisfies Prisma.AuditEventWhereInput;

/** Events before `cursor` in the log's order (newer ones), bounded the same way. */
export const newerThan = (cursor: TAuditCursor) =>
  ({
    createdAt: { gte: cursor.createdAt },
    OR: [{ createdAt: { gt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { gt: cursor.id } }],
  }) satisfies Prisma.AuditEventWhereInput;

export const NEWEST_FIRST = [
  { createdAt: "desc" },
  { id: "desc" },
] satisfies Prisma.AuditEventOrderByWithRelationInput[];
export const OLDEST_FIRST = [{ createdAt: "asc" }, { id: "asc" }] satisfies Prisma.AuditEventOrderByWithRelationInput[];

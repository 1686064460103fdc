import "server-only";
import type { Prisma } from "@/lib/platform/db/create-prisma-client";
import { db, type TDb } from "@/lib/platform/db/prisma";
import { apiTokenState, apiTokenSummarySelect } from "./api-token-status";
import { activeAdminsAmong } from "./creator-is-admin";

const apiTokenListSelect = {
  ...apiTokenSummarySelect,
  createdAt: true,
  lastUsedAt: true,
  createdBy: { select: { name: true } },
  revokedBy: { select: { name: true } },
} as const satisfies Prisma.ApiTokenSelect;

/** The organisation's tokens, newest first, each with its state (never its secret or hash). */
export async function listApiTokens(options: { db?: TDb; organisationId: string; now?: Date }) {
  const client = options.db ?? db();
  const rows = await client.apiToken.findMany({
    where: { organisationId: options.organisationId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: apiTokenListSelect,
    take: 200,
  });
  const admins = await activeAdminsAmong({
    db: client,
    organisationId: options.organisationId,
    userIds: [...new Set(rows.map((row) => row.createdById))],
  });
  const now = options.now ?? new Date();
  return rows.map(({ createdById, createdBy, revokedBy, ...row }) => ({
    ...row,
    createdByName: createdBy.name,
    revokedByName: revokedBy?.name ?? null,
    state: apiTokenState(row, admins.has(createdById), now),
  }));
}
export type TApiTokenRow = Awaited<ReturnType<typeof listApiTokens>>[number];

import "server-only";
import { db } from "@/lib/db/prisma";
import type { TUpstreamSync } from "@/components/ui/upstream-sync-status";
import type { TConsentRequestBody } from "./consent-request-rules";
import { INTEGRATION_TEST_TARGET } from "./schemas";

// An organisation's latest test consent requests, each with where its creation in Altinn stands.

export type TIntegrationTestSummary = {
  id: string;
  resourceIdentifier: string;
  from: string;
  viewUri: string | null;
  consentStatus: string | null;
  tokenObtainedAt: string | null;
  createdAt: string;
  sync: TUpstreamSync | null;
};

export async function listIntegrationTests(options: { organisationId: string; take?: number }): Promise<TIntegrationTestSummary[]> {
  const rows = await db().integrationTest.findMany({
    where: { organisationId: options.organisationId, environment: "TEST" },
    orderBy: { createdAt: "desc" },
    take: options.take ?? 5,
    select: { id: true, resourceIdentifier: true, request: true, viewUri: true, consentStatus: true, tokenObtainedAt: true, createdAt: true },
  });
  const changes = rows.length
    ? await db().upstreamChange.findMany({
        where: { organisationId: options.organisationId, targetType: INTEGRATION_TEST_TARGET, targetId: { in: rows.map((r) => r.id) } },
        orderBy: { createdAt: "desc" },
        distinct: ["targetId"],
        select: { id: true, targetId: true, kind: true, status: true, lastError: true, attempts: true },
      })
    : [];
  const syncOf = new Map(changes.map((c) => [c.targetId, { changeId: c.id, kind: c.kind, status: c.status, lastError: c.lastError, attempts: c.attempts }]));
  return rows.map((row) => ({
    id: row.id,
    resourceIdentifier: row.resourceIdentifier,
    from: (row.request as TConsentRequestBody).from,
    viewUri: row.viewUri,
    consentStatus: row.consentStatus,
    tokenObtainedAt: row.tokenObtainedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    sync: syncOf.get(row.id) ?? null,
  }));
}

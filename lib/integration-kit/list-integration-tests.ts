import "server-only";
import { readInOneSnapshot } from "@/lib/platform/db/read-in-one-snapshot";
import type { TUpstreamSyncState } from "@/lib/platform/jobs/latest-upstream-changes";
import type { TConsentRequestBody } from "./consent-request-rules";
import { latestIntegrationTestChanges } from "./latest-integration-test-changes";

// An organisation's latest test consent requests, each with where its creation in Altinn stands.

export type TIntegrationTestSummary = {
  id: string;
  resourceIdentifier: string;
  from: string;
  requiredDelegator: string | null;
  /** The metadata keys sent (either spelling of the member: rows from before the kit used the OpenAPI's). */
  metadataKeys: string[];
  viewUri: string | null;
  consentStatus: string | null;
  tokenObtainedAt: string | null;
  createdAt: string;
  sync: TUpstreamSyncState | null;
};

export async function listIntegrationTests(options: {
  organisationId: string;
  take?: number;
}): Promise<TIntegrationTestSummary[]> {
  // The row and its change's state in one snapshot, so a SYNCED test always has its approval link.
  const { rows, syncOf } = await readInOneSnapshot(async (tx) => {
    const rows = await tx.integrationTest.findMany({
      where: { organisationId: options.organisationId, environment: "TEST" },
      orderBy: { createdAt: "desc" },
      take: options.take ?? 5,
      select: {
        id: true,
        resourceIdentifier: true,
        request: true,
        viewUri: true,
        consentStatus: true,
        tokenObtainedAt: true,
        createdAt: true,
      },
    });
    const syncOf = await latestIntegrationTestChanges(
      tx,
      options.organisationId,
      rows.map((r) => r.id),
    );
    return { rows, syncOf };
  });
  return rows.map((row) => {
    const request = row.request as TConsentRequestBody & { consentRights: { metaData?: Record<string, string> }[] };
    const right = request.consentRights?.[0];
    return {
      id: row.id,
      resourceIdentifier: row.resourceIdentifier,
      from: request.from,
      requiredDelegator: request.requiredDelegator ?? null,
      metadataKeys: Object.keys(right?.metadata ?? right?.metaData ?? {}),
      viewUri: row.viewUri,
      consentStatus: row.consentStatus,
      tokenObtainedAt: row.tokenObtainedAt?.toISOString() ?? null,
      createdAt: row.createdAt.toISOString(),
      sync: syncOf.get(row.id) ?? null,
    };
  });
}
